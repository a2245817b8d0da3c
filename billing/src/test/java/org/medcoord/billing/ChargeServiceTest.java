package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;

class ChargeServiceTest extends BillingTestBase {

    @Test
    void aCapturedChargeIsStoredInCanonicalFormPostedToTheLedgerAndAnnounced() {
        Charge charge = charges.capture(biller, officeVisit().modifiers("25").encounter("enc-42").appointment("appt-7").build());

        assertThat(charge.status()).isEqualTo(ChargeStatus.OPEN);
        assertThat(charge.diagnoses()).containsExactly("E11.9", "I10");
        assertThat(charge.encounterRef()).contains("enc-42");
        assertThat(charges.charge(biller, charge.id())).isEqualTo(charge);
        assertThat(charges.openCharges(biller, patient)).containsExactly(charge);
        assertThat(ledger.entries(biller, patient)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(LedgerEntryType.CHARGE);
            assertThat(entry.amount()).isEqualTo(usd("120.00"));
            assertThat(entry.charge()).contains(charge.id());
        });
        assertThat(events(ChargeCaptured.class)).containsExactly(new ChargeCaptured(charge.id(), patient, java.util.Optional.of("enc-42")));
        assertThat(charge.toString()).doesNotContain("E11.9").doesNotContain("99213");
    }

    @Test
    void codesAreNormalised() {
        Charge charge = charges.capture(biller, NewCharge.builder(patient).procedure("j1100", usd("30.00")).modifiers("jw").diagnoses("e119").units(3)
                .providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY).build());

        assertThat(charge.procedure()).isEqualTo("J1100");
        assertThat(charge.modifiers()).containsExactly("JW");
        assertThat(charge.diagnoses()).containsExactly("E11.9");
        assertThat(charge.diagnosisPointers()).containsExactly(1);
    }

    @Test
    void everyProblemOfAChargeIsReportedAtOnceAndNothingIsStored() {
        NewCharge bad = NewCharge.builder(patient).procedure("9921", usd("-5.00")).modifiers("2", "25", "59", "76", "91").units(0)
                .diagnoses("E11.9", "E119", "ZZZ").pointers(1, 5).providers("1234567890", "12345").serviceDate(TODAY.plusDays(5))
                .placeOfService("98").encounter("has space").sourceKey("bad key").build();

        assertThatThrownBy(() -> charges.capture(biller, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                        "MC-BILL-030", "MC-BILL-031", "MC-CODE-005", "MC-BILL-032", "MC-BILL-033", "MC-BILL-035", "MC-CODE-002",
                        "MC-BILL-036", "MC-CODE-009", "MC-CODE-008", "MC-BILL-038", "MC-CODE-011", "MC-BILL-039", "MC-BILL-056"));
        assertThat(charges.openCharges(biller, patient)).isEmpty();
        assertThat(ledger.entries(biller, patient)).isEmpty();
    }

    @Test
    void aReplayedSourceKeyReturnsTheFirstChargeAndChargesOnce() {
        Charge first = charges.capture(biller, officeVisit().sourceKey("evt-1001").build());
        Charge again = charges.capture(biller, officeVisit().sourceKey("evt-1001").build());

        assertThat(again).isEqualTo(first);
        assertThat(charges.openCharges(biller, patient)).hasSize(1);
        assertThat(ledger.entries(biller, patient)).hasSize(1);
        assertThat(events(ChargeCaptured.class)).hasSize(1);
    }

    @Test
    void aSourceKeyOfAnotherPatientsChargeIsRefused() {
        charges.capture(biller, officeVisit().sourceKey("evt-7").build());
        PatientId other = PatientId.next(clock);

        assertThatThrownBy(() -> charges.capture(biller, NewCharge.builder(other).procedure("99213", usd("120.00")).diagnoses("I10")
                .providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY).sourceKey("evt-7").build()))
                .isInstanceOf(ConflictException.class).hasMessageNotContaining(other.toString());
    }

    @Test
    void eightThreadsReplayingOneEventChargeOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Charge>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Charge> capture = () -> {
                    go.await();
                    return charges.capture(biller, officeVisit().sourceKey("evt-race").build());
                };
                results.add(pool.submit(capture));
            }
            go.countDown();
            List<ChargeId> ids = new ArrayList<>();
            for (Future<Charge> result : results) {
                ids.add(result.get(30, TimeUnit.SECONDS).id());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(ledger.entries(biller, patient)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void voidingAnOpenChargeReversesItsLedgerLineAndOnlyOpenChargesAreVoided() {
        Charge charge = charges.capture(biller, officeVisit().build());

        Charge voided = charges.voidCharge(biller, charge.id(), "entered on the wrong patient");

        assertThat(voided.status()).isEqualTo(ChargeStatus.VOID);
        assertThat(ledger.balance(biller, patient)).contains(usd("0.00"));
        assertThat(events(ChargeVoided.class)).containsExactly(new ChargeVoided(charge.id(), patient));
        assertThatThrownBy(() -> charges.voidCharge(biller, charge.id(), "again")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("MC-BILL-101");
    }

    @Test
    void frontDeskStaffMayNotCaptureCharges() {
        assertThatThrownBy(() -> charges.capture(as("desk-1", Roles.FRONT_DESK, PurposeOfUse.OPERATIONS), officeVisit().build()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
