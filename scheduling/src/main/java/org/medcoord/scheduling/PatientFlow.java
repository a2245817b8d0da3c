package org.medcoord.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * A patient's way through the clinic for one appointment: each stage with its time and who recorded it.
 *
 * @param appointment the appointment
 * @param patient     the patient
 * @param locations   the locations of the appointment (and the room the patient was put in), whose boards show it
 * @param steps       the stages reached, in order
 * @since 0.1.0
 */
public record PatientFlow(AppointmentId appointment, PatientId patient, List<ResourceId> locations, List<FlowStep> steps) {
    public PatientFlow {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(patient, "patient");
        locations = List.copyOf(locations);
        steps = List.copyOf(steps);
    }

    /** @return the latest stage */
    public FlowStage stage() {
        return steps.get(steps.size() - 1).stage();
    }

    /** @return when the latest stage was reached */
    public Instant since() {
        return steps.get(steps.size() - 1).at();
    }

    /** @return when {@code stage} was reached, if it was */
    public Optional<Instant> reached(FlowStage stage) {
        return steps.stream().filter(s -> s.stage() == stage).map(FlowStep::at).findFirst();
    }

    /** @return the wait from check-in until the clinician saw the patient, once they did */
    public Optional<Duration> waitForClinician() {
        return reached(FlowStage.CHECKED_IN).flatMap(in -> reached(FlowStage.WITH_CLINICIAN).map(seen -> Duration.between(in, seen)));
    }

    @Override
    public String toString() {
        return "PatientFlow[" + appointment + " " + stage() + "]";
    }
}
