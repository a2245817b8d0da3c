package org.medcoord.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.event.EventLog;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * A MedCoord with the records feature on the in-memory engine, for this module's tests. (medcoord-testkit
 * depends on this module, so its MutableClock and TestKeys cannot be used here: this is their small twin.)
 */
final class Clinic implements AutoCloseable {

    static final TenantId TENANT = TenantId.of("clinic-a");
    static final AccessContext DESK = AccessContext.of(TENANT, Principal.of("desk-1", Roles.FRONT_DESK), PurposeOfUse.OPERATIONS);
    static final AccessContext DOCTOR = AccessContext.of(TENANT, Principal.of("dr-1", Roles.CLINICIAN), PurposeOfUse.TREATMENT);
    static final AccessContext NURSE = AccessContext.of(TENANT, Principal.of("rn-1", Roles.NURSE), PurposeOfUse.TREATMENT);
    static final AccessContext BILLER = AccessContext.of(TENANT, Principal.of("bill-1", Roles.BILLING), PurposeOfUse.PAYMENT);
    static final AccessContext SUPPLY = AccessContext.of(TENANT, Principal.of("sup-1", Roles.SUPPLY), PurposeOfUse.OPERATIONS);
    static final AccessContext SYSTEM = AccessContext.of(TENANT, Principal.of("worker", Roles.SYSTEM), PurposeOfUse.OPERATIONS);
    static final AccessContext AUDITOR = AccessContext.of(TENANT, Principal.of("aud-1", Roles.AUDITOR), PurposeOfUse.LEGAL);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    final MedCoord medcoord;

    Clinic() {
        medcoord = MedCoord.builder()
                .storage(InMemoryStorage.provider())
                .settings(TestKeys.settings())
                .setting("medcoord.break-glass.users", "dr-er")
                .clock(clock)
                .build();
    }

    <T> T service(Class<T> type) {
        return medcoord.service(type);
    }

    /** Every clinician user the tests of this module act as. */
    static final List<String> CLINICIANS = List.of("dr-1", "dr-2", "dr-er");

    /**
     * Puts {@code clinicians} (all of {@link #CLINICIANS} when none are named) on the patient's care team, so
     * that the care-relationship rule lets them read the chart.
     */
    PatientId treatedBy(PatientId patient, String... clinicians) {
        AccessContext coordinator = AccessContext.of(TENANT, Principal.of("coord-team", Roles.COORDINATOR), PurposeOfUse.OPERATIONS);
        for (String clinician : clinicians.length == 0 ? CLINICIANS : List.of(clinicians)) {
            service(CareTeams.class).add(coordinator, patient, AddCareTeamMember.practitioner(clinician));
        }
        return patient;
    }

    PatientRegistry registry() {
        return service(PatientRegistry.class);
    }

    List<AuditEntry> audit() {
        return service(AuditTrail.class).report(AUDITOR, Instant.EPOCH, clock.instant().plusSeconds(1), AuditField.SEQUENCE, true, 10_000);
    }

    List<EventEnvelope> events() {
        return service(EventLog.class).read(SYSTEM, 1, 10_000);
    }

    static Demographics person(String given, String family, LocalDate birth, String phone) {
        Demographics d = Demographics.of(PersonName.of(given, family), birth, AdministrativeSex.FEMALE);
        return phone == null ? d : d.withContacts(List.of(ContactPoint.phone(phone, ContactPoint.Use.MOBILE)));
    }

    @Override
    public void close() {
        medcoord.close();
    }
}
