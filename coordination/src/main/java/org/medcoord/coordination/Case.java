package org.medcoord.coordination;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;
import org.medcoord.scheduling.AppointmentId;

/**
 * An inquiry or complaint.
 *
 * @param id           its id
 * @param version      its version
 * @param category     what it is about
 * @param channel      how it came in
 * @param patient      the patient it concerns, if any
 * @param summary      what was asked or complained about (may hold PHI: stored encrypted, never logged)
 * @param appointments the appointments it concerns
 * @param claims       the ids of the claims it concerns (billing's claim ids)
 * @param assignee     the user id working on it, if any
 * @param due          when it should be resolved (opened plus the category's SLA)
 * @param status       where it is
 * @param resolution   how it was resolved, once it was
 * @param escalated    whether it was escalated for being overdue (complaints only)
 * @param opened       when it was opened
 * @param openedBy     the user id that opened it
 * @since 0.1.0
 */
public record Case(CaseId id, long version, CaseCategory category, CaseChannel channel, Optional<PatientId> patient, String summary,
                   List<AppointmentId> appointments, List<UUID> claims, Optional<String> assignee, Instant due, CaseStatus status,
                   Optional<String> resolution, boolean escalated, Instant opened, String openedBy) {
    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(channel, "channel");
        patient = patient == null ? Optional.empty() : patient;
        Objects.requireNonNull(summary, "summary");
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        claims = claims == null ? List.of() : List.copyOf(claims);
        assignee = assignee == null ? Optional.empty() : assignee;
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        resolution = resolution == null ? Optional.empty() : resolution;
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(openedBy, "openedBy");
    }

    /** @return true when it still needs work after its due time */
    public boolean overdueAt(Instant now) {
        return status.active() && now.isAfter(due);
    }

    /** @return a copy with another status, assignee, resolution and escalation flag */
    public Case with(CaseStatus newStatus, Optional<String> newAssignee, Optional<String> newResolution, boolean newEscalated) {
        return new Case(id, version, category, channel, patient, summary, appointments, claims, newAssignee, due, newStatus,
                newResolution, newEscalated, opened, openedBy);
    }

    /** Ids, category and status only: the summary is PHI. */
    @Override
    public String toString() {
        return "Case[" + id + " " + category + " " + status + "]";
    }
}
