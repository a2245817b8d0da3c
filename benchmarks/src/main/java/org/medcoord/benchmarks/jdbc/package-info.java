/**
 * JMH benchmarks of the JDBC storage engine on H2 and PostgreSQL, each next to a raw-JDBC baseline
 * that sends the same statements over the same kind of pool, so the engine's own cost shows as a ratio.
 *
 * <p>PostgreSQL: {@code MEDCOORD_BENCH_PG_URL} (else {@code MEDCOORD_TEST_PG_URL}, else
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), user {@code MEDCOORD_TEST_PG_USER} (default
 * {@code root}); each benchmark uses schemas named {@code mc_bench_*}. H2 files go to
 * {@code ./target/bench-h2/}.
 */
package org.medcoord.benchmarks.jdbc;
