package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;

class PayerRegistryTest extends BillingTestBase {

    @Test
    void aRegisteredPayerIsFoundByIdAndByItsX12PayerId() {
        Payer payer = acmePayer();

        assertThat(payers.payer(biller, payer.id())).isEqualTo(payer);
        assertThat(payers.byX12PayerId(biller, ACME)).contains(payer);
        assertThat(payers.payers(biller)).containsExactly(payer);
        assertThat(payer.timelyFilingDays()).isEqualTo(90);
    }

    @Test
    void everyProblemOfANewPayerIsReportedAtOnce() {
        assertThatThrownBy(() -> payers.register(biller, new NewPayer(" ", "a b", 0, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-BILL-001", "MC-BILL-002", "MC-BILL-003", "MC-BILL-004"));
        assertThat(payers.payers(biller)).isEmpty();
    }

    @Test
    void anX12PayerIdIsRegisteredOnce() {
        acmePayer();

        assertThatThrownBy(() -> payers.register(biller, new NewPayer("Acme again", ACME, 30, USD)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-BILL-005"));
    }

    @Test
    void supplyStaffMayNotRegisterPayers() {
        assertThatThrownBy(() -> payers.register(as("supply-1", Roles.SUPPLY, PurposeOfUse.OPERATIONS), new NewPayer("Acme", ACME, 90, USD)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
