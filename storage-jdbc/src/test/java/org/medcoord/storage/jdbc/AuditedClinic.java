package org.medcoord.storage.jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;

/**
 * A whole MedCoord on the JDBC engine, writing audited clinical notes: what the crash test runs in the
 * child JVM, and what the parent then verifies the audit chain with.
 */
final class AuditedClinic implements AutoCloseable {

    /** A small clinical note. */
    public record Note(String patientId, String text) {
    }

    static final DocumentType<Note> NOTE = DocumentType.builder("crash-note", Note.class)
            .field("patient", FieldKind.TEXT, n -> List.of(n.patientId()))
            .build();

    private final MedCoord medcoord;
    private final TenantId tenant;

    AuditedClinic(String schema, TenantId tenant, String encryptionKey, String tokenKey) {
        Map<String, String> settings = new HashMap<>(PostgresDatabase.settings(schema));
        settings.put("medcoord.keys.encryption", encryptionKey);
        settings.put("medcoord.keys.token", tokenKey);
        this.medcoord = MedCoord.builder().storage(new JdbcStorage()).settings(settings).withoutDiscovery().build();
        this.tenant = tenant;
    }

    MedCoord medcoord() {
        return medcoord;
    }

    AccessContext clinician() {
        return AccessContext.of(tenant, Principal.of("dr-house", Roles.CLINICIAN), PurposeOfUse.TREATMENT);
    }

    AccessContext auditor() {
        return AccessContext.of(tenant, Principal.of("privacy-officer", Roles.AUDITOR), PurposeOfUse.LEGAL);
    }

    /** Writes one audited note in its own transaction. */
    void writeNote(PatientId patient) {
        medcoord.service(DataStore.class).inTransaction(clinician(), session -> writeNoteIn(session, patient));
    }

    static Object writeNoteIn(org.medcoord.core.data.DataSession session, PatientId patient) {
        String id = UUID.randomUUID().toString();
        session.authorize(Action.CREATE, DataCategory.NOTES, Optional.of(patient), "crash.note.create", "crash-note/" + id);
        return session.insert(NOTE, id, new Note(patient.asString(), "note text"));
    }

    @Override
    public void close() {
        medcoord.close();
    }
}
