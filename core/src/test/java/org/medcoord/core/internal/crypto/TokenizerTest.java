package org.medcoord.core.internal.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.medcoord.core.TenantId;

class TokenizerTest {

    private static final TenantId CLINIC_A = TenantId.of("clinic-a");
    private static final TenantId CLINIC_B = TenantId.of("clinic-b");

    private final String tokenKey = ConfiguredKeyProvider.generateKeyBase64();
    private final Tokenizer tokenizer = tokenizer(tokenKey, "t1");

    @Test
    void theSameValueInTheSameTenantAndFieldAlwaysGivesTheSameToken() {
        String first = tokenizer.token(CLINIC_A, "patient.family", "Smith");
        String second = tokenizer.token(CLINIC_A, "patient.family", "Smith");
        String fromAnotherInstanceWithTheSameKey = tokenizer(tokenKey, "t1")
                .token(CLINIC_A, "patient.family", "Smith");

        assertThat(second).isEqualTo(first);
        assertThat(fromAnotherInstanceWithTheSameKey).isEqualTo(first);
    }

    @Test
    void valuesThatDifferOnlyInCaseSpacingOrWidthGiveTheSameToken() {
        String expected = tokenizer.token(CLINIC_A, "patient.name", "smith john");

        assertThat(tokenizer.token(CLINIC_A, "patient.name", "  SMITH  John  ")).isEqualTo(expected);
        assertThat(tokenizer.token(CLINIC_A, "patient.name", "Smith\tJohn\n")).isEqualTo(expected);
        assertThat(tokenizer.token(CLINIC_A, "patient.name", "Smith\u00a0John")).isEqualTo(expected);
        assertThat(tokenizer.token(CLINIC_A, "patient.name", "\uff33\uff4d\uff49\uff54\uff48 John"))
                .as("full-width letters").isEqualTo(expected);
        assertThat(tokenizer.token(CLINIC_A, "patient.name", "smith jon")).isNotEqualTo(expected);
    }

    @Test
    void theSameValueInAnotherTenantGivesAnUnrelatedToken() {
        assertThat(tokenizer.token(CLINIC_A, "patient.family", "Smith"))
                .isNotEqualTo(tokenizer.token(CLINIC_B, "patient.family", "Smith"));
    }

    @Test
    void theSameValueInAnotherFieldGivesAnUnrelatedToken() {
        assertThat(tokenizer.token(CLINIC_A, "patient.family", "Jordan"))
                .isNotEqualTo(tokenizer.token(CLINIC_A, "patient.given", "Jordan"));
    }

    @Test
    void fieldAndValueBoundariesCannotBeShiftedToForgeAToken() {
        assertThat(tokenizer.token(CLINIC_A, "a", "bc")).isNotEqualTo(tokenizer.token(CLINIC_A, "ab", "c"));
        assertThatThrownBy(() -> tokenizer.token(CLINIC_A, "a\u0000b", "c"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherTokenKeyGivesAnotherToken() {
        Tokenizer other = tokenizer(ConfiguredKeyProvider.generateKeyBase64(), "t1");

        assertThat(other.token(CLINIC_A, "patient.family", "Smith"))
                .isNotEqualTo(tokenizer.token(CLINIC_A, "patient.family", "Smith"));
    }

    @Test
    void tokenIsTheKeyIdAndTheBase64urlOfTheFirst24BytesOfTheHmac() throws Exception {
        String token = tokenizer(tokenKey, "t7").token(CLINIC_A, "patient.family", "  O'Brien ");

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(tokenKey), "HmacSHA256"));
        byte[] full = mac.doFinal("clinic-a\u0000patient.family\u0000o'brien".getBytes(UTF_8));
        byte[] first24 = Arrays.copyOf(full, 24);
        assertThat(token).isEqualTo("t7:" + Base64.getUrlEncoder().withoutPadding().encodeToString(first24));
        assertThat(token).hasSize(3 + 32).matches("t7:[A-Za-z0-9_-]{32}");
    }

    @Test
    void tokenDoesNotContainTheValue() {
        String token = tokenizer.token(CLINIC_A, "patient.phone", "5550123456");

        assertThat(token).doesNotContain("5550123456").doesNotContain("0123456").doesNotContainIgnoringCase("clinic");
    }

    @Test
    void distinctValuesGiveDistinctTokens() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            tokens.add(tokenizer.token(CLINIC_A, "patient.mrn", "MRN-" + i));
        }

        assertThat(tokens).hasSize(2000);
    }

    @Test
    void normalizeAppliesNfkcTrimsCollapsesWhitespaceAndLowerCases() {
        assertThat(Tokenizer.normalize("  SMITH  John ")).isEqualTo("smith john");
        assertThat(Tokenizer.normalize("\u2003Ana\u3000Mar\u00eda\r\n")).isEqualTo("ana mar\u00eda");
        assertThat(Tokenizer.normalize("Mari\u0301a")).as("combining accent composes").isEqualTo("mar\u00eda");
        assertThat(Tokenizer.normalize("\ufb01nn")).as("ligature fi").isEqualTo("finn");
        assertThat(Tokenizer.normalize("   ")).isEmpty();
    }

    @Test
    void normalizeDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Tokenizer.normalize("IVAN")).isEqualTo("ivan");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void manyThreadsComputeTheSameTokensConcurrently() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            expected.add(tokenizer.token(CLINIC_A, "patient.mrn", "MRN-" + i));
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> tokens = new ArrayList<>();
                    for (int i = 0; i < 300; i++) {
                        tokens.add(tokenizer.token(CLINIC_A, "patient.mrn", "MRN-" + i));
                    }
                    return tokens;
                }));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Tokenizer tokenizer(String tokenKey, String tokenId) {
        return new Tokenizer(ConfiguredKeyProvider.fromSettings(Map.of(
                ConfiguredKeyProvider.ENCRYPTION, ConfiguredKeyProvider.generateKeyBase64(),
                ConfiguredKeyProvider.TOKEN, tokenKey,
                ConfiguredKeyProvider.TOKEN_ID, tokenId)));
    }
}
