package org.medcoord.billing.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The writers and readers claim to be stateless and thread-safe (they share StAEDI's control schema). */
class X12ConcurrencyTest {

    @Test
    void eightThreadsSharingOneWriterAndOneReaderGetIdenticalResults() throws Exception {
        Claim837PWriter writer = new Claim837PWriter();
        Remittance835Writer remittanceWriter = new Remittance835Writer();
        Remittance835Reader reader = new Remittance835Reader();
        String expected837 = writer.write(X12Fixtures.batch());
        String expected835 = remittanceWriter.write(X12Fixtures.envelope(), List.of(X12Fixtures.remittance()));
        X12Document<RemittanceAdvice> expectedRead = reader.read(
                new ByteArrayInputStream(expected835.getBytes(StandardCharsets.US_ASCII)));
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Boolean> task = () -> {
                    start.await();
                    boolean same = true;
                    for (int i = 0; i < 25; i++) {
                        same &= writer.write(X12Fixtures.batch()).equals(expected837);
                        String remittance = remittanceWriter.write(X12Fixtures.envelope(),
                                List.of(X12Fixtures.remittance()));
                        same &= remittance.equals(expected835);
                        same &= reader.read(new ByteArrayInputStream(remittance.getBytes(StandardCharsets.US_ASCII)))
                                .equals(expectedRead);
                    }
                    return same;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Boolean> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
