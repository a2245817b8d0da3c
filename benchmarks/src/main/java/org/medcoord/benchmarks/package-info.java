/**
 * JMH benchmarks. Run with
 * {@code mvn -B -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar}.
 */
package org.medcoord.benchmarks;
