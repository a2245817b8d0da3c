package org.medcoord.coordination;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;
import org.medcoord.scheduling.AppointmentId;

/**
 * An inquiry or complaint to open.
 *
 * @param category     what it is about (required)
 * @param channel      how it came in (required)
 * @param patient      the patient it concerns, if any
 * @param summary      what was asked, 1 to 4,000 characters
 * @param appointments the appointments it concerns
 * @param claims       the ids of the claims it concerns
 * @since 0.1.0
 */
public record NewCase(CaseCategory category, CaseChannel channel, Optional<PatientId> patient, String summary,
                      List<AppointmentId> appointments, List<UUID> claims) {
    public NewCase {
        patient = patient == null ? Optional.empty() : patient;
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** @return a case about {@code patient} with no linked appointments or claims */
    public static NewCase of(CaseCategory category, CaseChannel channel, PatientId patient, String summary) {
        return new NewCase(category, channel, Optional.ofNullable(patient), summary, List.of(), List.of());
    }

    /** @return a copy linking {@code appointment} */
    public NewCase linking(AppointmentId appointment) {
        List<AppointmentId> next = new java.util.ArrayList<>(appointments);
        next.add(appointment);
        return new NewCase(category, channel, patient, summary, next, claims);
    }

    /** @return a copy linking the claim {@code claim} */
    public NewCase linkingClaim(UUID claim) {
        List<UUID> next = new java.util.ArrayList<>(claims);
        next.add(claim);
        return new NewCase(category, channel, patient, summary, appointments, next);
    }

    /** The summary is PHI. */
    @Override
    public String toString() {
        return "NewCase[" + category + " via " + channel + "]";
    }
}
