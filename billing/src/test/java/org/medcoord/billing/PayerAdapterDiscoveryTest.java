package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.MedCoord;

/** Two adapters claiming one payer id: every use of the adapters fails, naming both. */
class PayerAdapterDiscoveryTest extends BillingTestBase {

    final FakePayer rival = new FakePayer("rival-clearinghouse", "ACME1", "RIV01");

    @Override
    MedCoord.Builder configure(MedCoord.Builder builder) {
        return builder.provider(PayerAdapter.class, rival);
    }

    @Test
    void aPayerIdServedByTwoAdaptersFailsNamingBothProviders() {
        Coverage coverage = primaryCoverage(acmePayer());

        assertThatThrownBy(() -> eligibility.check(biller, coverage.id(), TODAY, BILLING_NPI))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("MC-BILL-201");
                    assertThat(e.getMessage()).contains("ACME1").contains("acme-clearinghouse").contains("rival-clearinghouse")
                            .contains(FakePayer.class.getName());
                });
        registerProviders();
        Claim claim = claims.build(biller, patient, List.of(charges.capture(biller, officeVisit().build()).id())).get(0);
        claims.scrub(biller, claim.id());
        assertThatThrownBy(() -> claims.submit(biller, claim.id(), "k1")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("MC-BILL-201");
        assertThat(acme.eligibilityCalls.get() + rival.eligibilityCalls.get() + acme.submitCalls.get() + rival.submitCalls.get()).isZero();
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.SCRUBBED);
    }
}
