package org.medcoord.records;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;

/**
 * A visit, as read.
 *
 * @param id             the encounter id
 * @param version        the version to pass to the next change
 * @param patient        who was seen
 * @param encounterClass the setting
 * @param status         in progress or finished
 * @param start          when it began
 * @param end            when it ended, once finished
 * @param reason         why the patient came (PHI)
 * @param appointment    the scheduling appointment's id, when booked
 * @param openedBy       the user id that opened it
 * @since 0.1.0
 */
public record Encounter(EncounterId id, long version, PatientId patient, EncounterClass encounterClass, EncounterStatus status,
                        Instant start, Optional<Instant> end, String reason, Optional<UUID> appointment, String openedBy) {
    public Encounter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(appointment, "appointment");
    }

    /** Prints ids and status only. */
    @Override
    public String toString() {
        return "Encounter[" + id + " v" + version + " " + status + " of patient " + patient + "]";
    }
}
