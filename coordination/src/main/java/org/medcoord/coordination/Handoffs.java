package org.medcoord.coordination;

import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Handoff notes between staff about a patient. Writing and reading are checked on SCHEDULING data (coordination
 * work, open to coordinators, front desk, nurses and clinicians) and audited with the patient; the text is stored
 * encrypted. Thread-safe.
 *
 * @since 0.1.0
 */
public interface Handoffs {

    /** The prefix of a recipient that is a role rather than a user: {@code role:nurse}. */
    String ROLE_PREFIX = "role:";

    /**
     * Writes a note.
     *
     * @param recipient a user id, or {@link #ROLE_PREFIX} followed by a role the clinic knows
     * @throws org.medcoord.core.ValidationException {@code MC-COORD-017} without a patient, {@code MC-COORD-019} for the
     *         recipient, {@code MC-COORD-001} for an unknown role, {@code MC-COORD-003} for the text
     */
    HandoffNote write(AccessContext context, PatientId patient, String recipient, String text);

    /** @return the notes not yet acknowledged that are addressed to the caller or to one of the caller's roles, oldest first */
    List<HandoffNote> inbox(AccessContext context);

    /** @return every note about the patient, oldest first */
    List<HandoffNote> forPatient(AccessContext context, PatientId patient);

    /** Acknowledges a note addressed to the caller or the caller's role. */
    HandoffNote acknowledge(AccessContext context, HandoffId id);
}
