package org.medcoord.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.LogType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 2: no PHI in clear in anything the storage engine receives. */
class PhiNeverReachesTheEngineTest {

    record ContactNote(String patientName, String phone, String text) {
    }

    private static final String NAME = "Zebulon Quixote-Canary";
    private static final String MRN = "MRN-CANARY-771";
    private static final String PHONE = "+1-555-0199-424";
    private static final String NEW_PHONE = "+1-555-0177-313";
    private static final String EMAIL = "zebulon.canary@example.org";
    private static final String ADDRESS = "42 Canary Wharf Lane";
    private static final LocalDate BIRTH = LocalDate.of(1947, 3, 29);

    private final Kernel kernel = new Kernel();

    @AfterEach
    void close() {
        kernel.close();
    }

    @Test
    void everyByteHandedToTheEngineIsFreeOfTheCanary() {
        DataStore data = kernel.service(DataStore.class);
        AccessContext desk = AccessContext.of(TenantId.of("clinic-a"), Principal.of("desk-1", Roles.FRONT_DESK), PurposeOfUse.OPERATIONS);
        PatientId patient = PatientId.next(kernel.clock);
        LogType<ContactNote> contacts = new LogType<>("contact-notes", ContactNote.class);

        data.inTransaction(desk, s -> {
            s.authorize(Action.CREATE, DataCategory.DEMOGRAPHICS, Optional.of(patient), "kernel.patient.create", "kernel-patient/" + patient);
            s.insert(PatientCard.TYPE, patient.asString(), new PatientCard(MRN, NAME, BIRTH, PHONE, EMAIL, ADDRESS, "active"));
            s.append(contacts, "", new ContactNote(NAME, PHONE, "called " + NAME + " about results"));
            return null;
        });
        data.inTransaction(desk, s -> {
            var current = s.get(PatientCard.TYPE, patient.asString());
            return s.update(PatientCard.TYPE, patient.asString(), current.version(), current.value().withPhone(NEW_PHONE));
        });
        var byName = data.inTransaction(desk, s -> s.query(PatientCard.TYPE, Criteria.all().eq("name", "  zebulon   QUIXOTE-canary ")));
        var byMrn = data.inTransaction(desk, s -> s.query(PatientCard.TYPE, Criteria.all().eq("mrn", MRN)));
        var byBirth = data.inTransaction(desk, s -> s.query(PatientCard.TYPE, Criteria.all().eq("birthDate", BIRTH.toString())));

        // The searches work through tokens...
        assertThat(byName.items()).extracting(v -> v.value().name()).containsExactly(NAME);
        assertThat(byMrn.items()).hasSize(1);
        assertThat(byBirth.items()).hasSize(1);
        // ...and the engine never saw a clear value, in bodies, index values, unique keys, logs or keys.
        for (String phi : List.of(NAME, "Zebulon", "Quixote", MRN, PHONE, NEW_PHONE, EMAIL, ADDRESS, BIRTH.toString(), "1947")) {
            assertThat(kernel.storage.engineSaw(phi)).as("engine saw %s", phi).isFalse();
        }
        // The scanner itself works: a clear status value is there, as it may be.
        assertThat(kernel.storage.engineSaw("active")).isTrue();
        assertThat(kernel.storage.engineSaw(patient.asString())).isTrue();
    }
}
