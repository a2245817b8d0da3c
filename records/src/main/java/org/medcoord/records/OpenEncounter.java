package org.medcoord.records;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;

/**
 * A request to open an encounter (start a visit).
 *
 * @param patient        who is seen
 * @param encounterClass the setting
 * @param start          when the visit began
 * @param reason         why the patient came, in words (kept encrypted); may be empty
 * @param appointment    the scheduling appointment's id, when the visit was booked; records does not depend
 *                       on the scheduling module, so it is the bare UUID of the {@code AppointmentId}
 * @since 0.1.0
 */
public record OpenEncounter(PatientId patient, EncounterClass encounterClass, Instant start, String reason,
                            Optional<UUID> appointment) {
    public OpenEncounter {
        reason = reason == null ? "" : reason.strip();
        appointment = appointment == null ? Optional.empty() : appointment;
    }

    /** The reason is PHI: never printed. */
    @Override
    public String toString() {
        return "OpenEncounter[" + patient + " " + encounterClass + "]";
    }
}
