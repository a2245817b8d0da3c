package org.medcoord.coordination.internal;

import java.time.Instant;
import java.util.Optional;
import org.medcoord.coordination.CatalogDefinition;
import org.medcoord.coordination.CoordinationCodes;
import org.medcoord.coordination.FollowUpPlan;
import org.medcoord.coordination.Procedure;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.data.DataSession;
import org.medcoord.inventory.KitConsumption;
import org.medcoord.inventory.KitService;
import org.medcoord.records.Encounter;
import org.medcoord.records.Encounters;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.AppointmentStatusChanged;
import org.medcoord.scheduling.FollowUpService;
import org.medcoord.scheduling.NewFollowUp;
import org.medcoord.scheduling.PatientDischarged;

/** A fulfilled appointment consumes its procedure's kit and requests its follow-up; a discharge requests the discharge follow-up. */
final class FulfilmentWorkflow {

    private final AppointmentService appointments;
    private final Encounters encounters;
    private final KitService kits;
    private final FollowUpService followUps;

    private final Charges charges;

    FulfilmentWorkflow(AppointmentService appointments, Encounters encounters, KitService kits, FollowUpService followUps,
                       Charges charges) {
        this.charges = charges;
        this.appointments = appointments;
        this.encounters = encounters;
        this.kits = kits;
        this.followUps = followUps;
    }

    void fulfilled(DataSession s, AccessContext context, AppointmentStatusChanged event) {
        CatalogDefinition catalog = DefaultProcedureCatalog.stored(s);
        Appointment appointment = appointments.get(context, event.appointment());
        Optional<Procedure> procedure = catalog.procedure(appointment.serviceType());
        if (procedure.isEmpty()) {
            return;
        }
        Procedure p = procedure.get();
        Optional<Encounter> encounter = p.kit().isPresent() || catalog.charges().isPresent()
                ? encounters.findByAppointment(context, appointment.id().value()) : Optional.empty();
        if (p.kit().isPresent()) {
            Encounter recorded = encounter.orElseThrow(() -> new ConflictException(CoordinationCodes.NO_ENCOUNTER,
                    "no encounter records appointment " + appointment.id()
                            + ", so its kit cannot be linked to one; open the encounter, then consume the kit by hand"));
            kits.consumeKit(context, new KitConsumption(p.kit().get(), p.kitLocation().orElseThrow(), appointment.patient(),
                    recorded.id().value(), "procedure of appointment " + appointment.id()));
        }
        catalog.charges().ifPresent(setup -> charges.capture(s, context, setup, p, appointment, encounter.map(Encounter::id)));
        p.followUp().ifPresent(plan -> request(context, appointment.patient(), plan, s.now(), "after appointment " + appointment.id()));
    }

    void discharged(DataSession s, AccessContext context, PatientDischarged event) {
        DefaultProcedureCatalog.stored(s).afterDischarge()
                .ifPresent(plan -> request(context, event.patient(), plan, event.at(), "after discharge " + event.admission()));
    }

    private void request(AccessContext context, PatientId patient, FollowUpPlan plan, Instant from, String reason) {
        Instant dueFrom = from.plus(plan.after());
        followUps.request(context, new NewFollowUp(patient, plan.serviceType(), dueFrom, dueFrom.plus(plan.window()), reason));
    }
}
