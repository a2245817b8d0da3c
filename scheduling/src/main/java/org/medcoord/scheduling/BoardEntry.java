package org.medcoord.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * One line of a location's live clinic board: who waits where, and for how long.
 *
 * @param appointment the appointment
 * @param patient     the patient (the screen resolves the name it may show)
 * @param stage       where the patient is
 * @param room        the room, once roomed
 * @param since       when the patient reached this stage
 * @param waiting     how long the patient has been in this stage
 * @param scheduled   the appointment's start
 * @since 0.1.0
 */
public record BoardEntry(AppointmentId appointment, PatientId patient, FlowStage stage, Optional<ResourceId> room, Instant since,
        Duration waiting, Instant scheduled) {
    public BoardEntry {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(stage, "stage");
        room = room == null ? Optional.empty() : room;
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(scheduled, "scheduled");
    }

    @Override
    public String toString() {
        return "BoardEntry[" + appointment + " " + stage + "]";
    }
}
