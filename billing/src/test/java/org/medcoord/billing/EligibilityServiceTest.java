package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;

class EligibilityServiceTest extends BillingTestBase {

    @Test
    void thePayersAnswerIsReturnedAndCachedForItsTimeToLive() {
        Coverage coverage = primaryCoverage(acmePayer());
        acme.eligibility.set(new EligibilityResponse(true, Optional.of(usd("25.00")), Optional.of(usd("400.00")), Optional.of(usd("2100.00"))));

        Eligibility first = eligibility.check(biller, coverage.id(), TODAY, BILLING_NPI);

        assertThat(first.active()).isTrue();
        assertThat(first.copay()).contains(usd("25.00"));
        assertThat(first.deductibleRemaining()).contains(usd("400.00"));
        assertThat(first.outOfPocketRemaining()).contains(usd("2100.00"));
        assertThat(first.cached()).isFalse();
        assertThat(acme.inquiries).singleElement().satisfies(request -> {
            assertThat(request.payerId()).isEqualTo(ACME);
            assertThat(request.memberId()).isEqualTo("M123456");
            assertThat(request.serviceDate()).isEqualTo(TODAY);
            assertThat(request.toString()).doesNotContain("M123456");
        });

        clock.advance(Duration.ofMinutes(14));
        Eligibility second = eligibility.check(biller, coverage.id(), TODAY, BILLING_NPI);
        assertThat(second.cached()).isTrue();
        assertThat(second.copay()).contains(usd("25.00"));
        assertThat(acme.eligibilityCalls).hasValue(1);

        assertThat(eligibility.check(biller, coverage.id(), TODAY.plusDays(1), BILLING_NPI).cached()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(eligibility.check(biller, coverage.id(), TODAY, BILLING_NPI).cached()).isFalse();
        assertThat(acme.eligibilityCalls).hasValue(3);
    }

    @Test
    void eachInquiryIsAuditedAsADisclosureAndACachedAnswerAsARead() {
        Coverage coverage = primaryCoverage(acmePayer());
        AuditTrail audit = medcoord.service(AuditTrail.class);
        audit.setReadAuditing(as("admin-1", Roles.ADMIN, PurposeOfUse.SYSTEM_ADMINISTRATION), true, "test of eligibility audit");
        try {
            eligibility.check(biller, coverage.id(), TODAY, BILLING_NPI);
            eligibility.check(biller, coverage.id(), TODAY, BILLING_NPI);

            List<AuditEntry> trail = audit.report(as("privacy-1", Roles.AUDITOR, PurposeOfUse.LEGAL), Instant.EPOCH,
                    Instant.parse("2100-01-01T00:00:00Z"), AuditField.SEQUENCE, true, 1000).stream()
                    .filter(e -> e.event().source().startsWith("billing.eligibility")).toList();
            assertThat(trail).extracting(e -> e.event().action()).containsExactly(Action.DISCLOSE, Action.READ);
            assertThat(trail).allSatisfy(e -> {
                assertThat(e.event().category()).isEqualTo(DataCategory.INSURANCE);
                assertThat(e.event().patient()).contains(patient);
            });
        } finally {
            audit.setReadAuditing(as("admin-1", Roles.ADMIN, PurposeOfUse.SYSTEM_ADMINISTRATION), false, "test done");
        }
    }

    @Test
    void aProviderNpiFailingItsCheckIsRefusedBeforeThePayerIsAsked() {
        Coverage coverage = primaryCoverage(acmePayer());

        assertThatThrownBy(() -> eligibility.check(biller, coverage.id(), TODAY, "1234567890")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("MC-CODE-009");
        assertThat(acme.eligibilityCalls).hasValue(0);
    }

    @Test
    void aPayerNoAdapterServesIsAConfigurationError() {
        Payer orphan = payers.register(biller, new NewPayer("Orphan Health", "ORPH1", 90, USD));
        Coverage coverage = primaryCoverage(orphan);

        assertThatThrownBy(() -> eligibility.check(biller, coverage.id(), TODAY, BILLING_NPI)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("MC-BILL-200").hasMessageContaining("ORPH1");
    }

    @Test
    void theFrontDeskMayNotDiscloseCoverageToAPayer() {
        Coverage coverage = primaryCoverage(acmePayer());

        assertThatThrownBy(() -> eligibility.check(as("desk-1", Roles.FRONT_DESK, PurposeOfUse.OPERATIONS), coverage.id(), TODAY, BILLING_NPI))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(acme.eligibilityCalls).hasValue(0);
    }
}
