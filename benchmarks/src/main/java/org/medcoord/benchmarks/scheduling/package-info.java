/**
 * JMH benchmarks of scheduling: slot search as the calendar grows, booking throughput on 1 and 8 threads.
 */
package org.medcoord.benchmarks.scheduling;
