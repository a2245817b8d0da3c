package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.BreakGlass;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.ResultPage;
import org.medcoord.records.HistoryItem.Problem;

class ConsentsTest {

    private static final LocalDate BIRTH = LocalDate.of(1980, 5, 17);
    private static final String SHARED_PHONE = "555-201-7777";
    private static final AccessContext COORDINATOR = AccessContext.of(Clinic.TENANT, Principal.of("coord-1", Roles.COORDINATOR),
            PurposeOfUse.OPERATIONS);
    private static final AccessContext ER_DOCTOR = AccessContext.of(Clinic.TENANT, Principal.of("dr-er", Roles.CLINICIAN),
            PurposeOfUse.TREATMENT);

    private final Clinic clinic = new Clinic();
    private final PatientRegistry registry = clinic.registry();
    private final Consents consents = clinic.service(Consents.class);

    @AfterEach
    void close() {
        clinic.close();
    }

    private Patient register(String given) {
        Patient p = registry.register(DESK, RegisterPatient.at("NORTH", person(given, "Household", BIRTH, SHARED_PHONE)));
        clinic.treatedBy(p.id());
        return p;
    }

    /** Every page of a phone search as the caller sees it: the item ids of each page. */
    private List<List<PatientId>> pages(AccessContext who, int size) {
        List<List<PatientId>> pages = new ArrayList<>();
        ResultPage<Patient> page = registry.findByPhone(who, SHARED_PHONE, PageRequest.first(size));
        pages.add(page.items().stream().map(Patient::id).toList());
        while (page.nextPageToken().isPresent()) {
            page = registry.findByPhone(who, SHARED_PHONE, PageRequest.after(page.nextPageToken().get(), size));
            pages.add(page.items().stream().map(Patient::id).toList());
        }
        return pages;
    }

    @Test
    void aRestrictedPatientChangesNeitherTheResultsNorThePagingOfOthersSearches() {
        List<Patient> household = new ArrayList<>();
        for (String name : List.of("Ann", "Bea", "Cal", "Dee", "Eli")) {
            household.add(register(name));
        }
        Patient hidden = household.get(1);
        consents.restrictAccess(COORDINATOR, hidden.id(), hidden.version(), Set.of("dr-1"));

        List<List<PatientId>> deskView = pages(DESK, 2);
        assertThat(deskView).as("full pages, and no trailing page that would betray a filtered record")
                .extracting(List::size).containsExactly(2, 2);
        assertThat(deskView.stream().flatMap(List::stream)).doesNotContain(hidden.id()).hasSize(4);
        assertThat(registry.findByNameAndBirthDate(DESK, "Household", "Bea", BIRTH, PageRequest.first(5)).items()).isEmpty();
        assertThat(registry.findByMrn(DESK, hidden.mrn(), PageRequest.first(5)).items()).isEmpty();
        assertThat(registry.findDuplicates(DESK, household.get(0).id())).extracting(DuplicateCandidate::patient)
                .doesNotContain(hidden.id());

        assertThat(pages(DOCTOR, 2).stream().flatMap(List::stream)).as("the listed clinician still finds the patient")
                .contains(hidden.id()).hasSize(5);
    }

    @Test
    void aRestrictedPatientReadsAsNotFoundForEveryoneElseAcrossTheChart() {
        Patient p = register("Ann");
        clinic.service(MedicalHistory.class).record(NURSE, p.id(), new Problem(MedicalHistoryTest.DIABETES, null), EntrySource.CLINICIAN);
        Patient restricted = consents.restrictAccess(COORDINATOR, p.id(), p.version(), Set.of("dr-1"));
        assertThat(restricted.restricted()).isTrue();

        PatientId unknown = PatientId.next(clinic.clock);
        String notFoundShape = catchMessage(() -> registry.get(DESK, unknown)).replace(unknown.asString(), "<id>");
        assertThat(catchMessage(() -> registry.get(DESK, p.id())).replace(p.id().asString(), "<id>")).isEqualTo(notFoundShape);
        assertThatThrownBy(() -> clinic.service(MedicalHistory.class).list(NURSE, p.id(), Set.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clinic.service(ClinicalNotes.class).draft(NURSE, p.id(), java.util.Optional.empty(), "t", "x"))
                .isInstanceOf(NotFoundException.class);

        assertThat(registry.get(DOCTOR, p.id()).restricted()).isTrue();
        assertThat(clinic.service(MedicalHistory.class).list(DOCTOR, p.id(), Set.of())).hasSize(1);
    }

    @Test
    void breakGlassSeesARestrictedPatientAndTheAuditFlagsIt() {
        Patient p = register("Ann");
        consents.restrictAccess(COORDINATOR, p.id(), p.version(), Set.of("dr-1"));
        assertThatThrownBy(() -> registry.get(ER_DOCTOR, p.id())).isInstanceOf(NotFoundException.class);

        var grant = clinic.service(BreakGlass.class).grant(ER_DOCTOR, "unconscious patient in the ER", Duration.ofMinutes(30));
        AccessContext emergency = ER_DOCTOR.withBreakGlass(grant);

        assertThat(registry.get(emergency, p.id()).id()).isEqualTo(p.id());
        assertThat(clinic.audit()).anySatisfy(e -> {
            assertThat(e.event().source()).isEqualTo("records.patient.read");
            assertThat(e.event().breakGlass()).contains(grant.grantId().toString());
        });
    }

    @Test
    void liftingTheRestrictionMakesThePatientVisibleAgain() {
        Patient p = register("Ann");
        Patient restricted = consents.restrictAccess(COORDINATOR, p.id(), p.version(), Set.of("dr-1"));
        Patient lifted = consents.liftRestriction(DOCTOR, p.id(), restricted.version());

        assertThat(lifted.restricted()).isFalse();
        assertThat(registry.get(DESK, p.id()).version()).isEqualTo(lifted.version());
    }

    @Test
    void disclosureIsDeniedByDefaultAndPermittedOnlyAsTheDirectiveSays() {
        Patient p = register("Ann");
        assertThat(consents.mayDisclose(COORDINATOR, p.id(), "payer:acme", DataCategory.CLINICAL)).isFalse();

        ConsentDirective permit = consents.permitDisclosure(COORDINATOR, p.id(), "payer:acme", Set.of(DataCategory.CLINICAL),
                clinic.clock.instant().plus(Duration.ofDays(30)));

        assertThat(consents.mayDisclose(COORDINATOR, p.id(), "payer:acme", DataCategory.CLINICAL)).isTrue();
        assertThat(consents.mayDisclose(COORDINATOR, p.id(), "payer:acme", DataCategory.NOTES)).isFalse();
        assertThat(consents.mayDisclose(COORDINATOR, p.id(), "payer:other", DataCategory.CLINICAL)).isFalse();
        clinic.clock.advance(Duration.ofDays(31));
        assertThat(consents.mayDisclose(COORDINATOR, p.id(), "payer:acme", DataCategory.CLINICAL)).as("lapsed").isFalse();

        ConsentDirective again = consents.permitDisclosure(COORDINATOR, p.id(), "payer:acme", Set.of(DataCategory.CLINICAL),
                clinic.clock.instant().plus(Duration.ofDays(30)));
        ConsentDirective revoked = consents.revoke(COORDINATOR, again.id(), again.version());
        assertThat(revoked.status()).isEqualTo(ConsentStatus.REVOKED);
        assertThat(consents.mayDisclose(COORDINATOR, p.id(), "payer:acme", DataCategory.CLINICAL)).isFalse();
        assertThat(consents.list(COORDINATOR, p.id())).extracting(ConsentDirective::id).containsExactly(permit.id(), again.id());
    }

    @Test
    void theFrontDeskCannotChangeConsent() {
        Patient p = register("Ann");
        assertThatThrownBy(() -> consents.restrictAccess(DESK, p.id(), p.version(), Set.of("desk-1"))).isInstanceOf(AccessDeniedException.class);
        assertThat(registry.get(DESK, p.id()).restricted()).isFalse();
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (NotFoundException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected NotFoundException");
    }
}
