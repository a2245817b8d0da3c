package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;

class CoverageServiceTest extends BillingTestBase {

    @Test
    void coveragesAreListedPrimaryFirstAndActiveOnlyInTheirPeriod() {
        Payer acme = acmePayer();
        Payer other = payers.register(biller, new NewPayer("Other Mutual", "OTH01", 365, USD));
        Coverage secondary = coverages.add(biller, NewCoverage.self(patient, insured("Ann", "Smith"), other.id(), "X9", "BASIC",
                CoverageOrder.SECONDARY, TODAY.minusMonths(2)).withEffectiveTo(TODAY.plusMonths(1)));
        Coverage primary = primaryCoverage(acme);

        assertThat(coverages.forPatient(biller, patient)).containsExactly(primary, secondary);
        assertThat(coverages.activeOn(biller, patient, TODAY)).containsExactly(primary, secondary);
        assertThat(coverages.activeOn(biller, patient, TODAY.plusMonths(2))).containsExactly(primary);
        assertThat(coverages.activeOn(biller, patient, TODAY.minusYears(2))).isEmpty();
        assertThat(events(CoverageChanged.class)).hasSize(2);
    }

    @Test
    void theMemberIdFindsTheCoverageButNeverShowsInItsTextForm() {
        Coverage coverage = primaryCoverage(acmePayer());

        assertThat(coverages.byMemberId(biller, coverage.payer(), "M123456")).containsExactly(coverage);
        assertThat(coverages.byMemberId(biller, coverage.payer(), "M000000")).isEmpty();
        assertThat(coverage.toString()).doesNotContain("M123456").doesNotContain("Smith").doesNotContain("GOLD");
        assertThat(coverage.subscriber().toString()).doesNotContain("Ann");
    }

    @Test
    void aDependentsPolicyNeedsThePatientsDetailsAndEveryProblemIsReportedAtOnce() {
        Payer acme = acmePayer();
        NewCoverage held = new NewCoverage(patient, acme.id(), " ", Optional.empty(), "", SubscriberRelationship.CHILD,
                new InsuredPerson("Bob", "Smith", TODAY.minusYears(40), AdministrativeSex.MALE, PostalAddress.of("1 Main St", "Springfield", "Illinois", "627")),
                Optional.empty(), CoverageOrder.PRIMARY, TODAY, Optional.of(TODAY.minusDays(1)));

        assertThatThrownBy(() -> coverages.add(biller, held)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-BILL-012", "MC-BILL-013", "MC-BILL-018", "MC-BILL-015", "MC-BILL-016"));
        assertThat(coverages.forPatient(biller, patient)).isEmpty();
    }

    @Test
    void aDependentsPolicyKeepsTheSubscriberAndThePatient() {
        Payer acme = acmePayer();
        Coverage coverage = coverages.add(biller, NewCoverage.self(patient, insured("Tim", "Smith"), acme.id(), "M1", "GOLD",
                CoverageOrder.PRIMARY, TODAY).heldBy(SubscriberRelationship.CHILD, insured("Ann", "Smith")));

        assertThat(coverage.subscriber().firstName()).isEqualTo("Ann");
        assertThat(coverage.dependent()).map(InsuredPerson::firstName).contains("Tim");
        assertThat(coverage.relationship().x12Code()).isEqualTo("19");
    }

    @Test
    void twoPrimaryCoveragesMayNotOverlapButMayFollowEachOther() {
        Payer acme = acmePayer();
        Coverage first = primaryCoverage(acme);

        assertThatThrownBy(() -> coverages.add(biller, NewCoverage.self(patient, insured("Ann", "Smith"), acme.id(), "M2", "SILVER",
                CoverageOrder.PRIMARY, TODAY))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("MC-BILL-017"));

        coverages.end(biller, first.id(), TODAY.minusDays(1));
        Coverage next = coverages.add(biller, NewCoverage.self(patient, insured("Ann", "Smith"), acme.id(), "M2", "SILVER",
                CoverageOrder.PRIMARY, TODAY));
        assertThat(coverages.activeOn(biller, patient, TODAY)).containsExactly(next);
    }

    @Test
    void anUnknownPayerIsRefused() {
        assertThatThrownBy(() -> coverages.add(biller, NewCoverage.self(patient, insured("Ann", "Smith"), PayerId.next(clock), "M1", "GOLD",
                CoverageOrder.PRIMARY, TODAY))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("MC-BILL-011"));
    }

    @Test
    void supplyStaffMayNotReadCoverage() {
        Coverage coverage = primaryCoverage(acmePayer());

        assertThatThrownBy(() -> coverages.coverage(as("supply-1", Roles.SUPPLY, PurposeOfUse.OPERATIONS), coverage.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coverages.forPatient(as("supply-1", Roles.SUPPLY, PurposeOfUse.OPERATIONS), PatientId.next(clock)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
