package org.medcoord.coordination.internal;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentBooked;
import org.medcoord.scheduling.AppointmentCancelled;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AppointmentRescheduled;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.AppointmentStatusChanged;
import org.medcoord.scheduling.FlowStage;
import org.medcoord.scheduling.PatientCheckedIn;
import org.medcoord.scheduling.PatientFlowAdvanced;

/** Keeps each appointment's status, times, check-in and rooming from scheduling's events, for the daily report. */
final class Visits {

    private final AppointmentService appointments;

    Visits(AppointmentService appointments) {
        this.appointments = appointments;
    }

    void booked(DataSession s, AppointmentBooked e) {
        Optional<Versioned<Records.Visit>> current = s.find(Documents.VISIT, e.appointment().asString());
        Records.Visit visit = new Records.Visit(e.appointment(), e.serviceType(), e.start(), e.end(), e.resources(), AppointmentStatus.BOOKED,
                current.flatMap(v -> v.value().checkedIn()), current.flatMap(v -> v.value().roomed()));
        if (current.isPresent()) {
            s.update(Documents.VISIT, current.get().id(), current.get().version(), visit);
        } else {
            s.insert(Documents.VISIT, e.appointment().asString(), visit);
        }
    }

    void statusChanged(DataSession s, AccessContext context, AppointmentStatusChanged e) {
        change(s, context, e.appointment(), v -> v.withStatus(e.to()));
    }

    void cancelled(DataSession s, AccessContext context, AppointmentCancelled e) {
        change(s, context, e.appointment(), v -> v.withStatus(AppointmentStatus.CANCELLED));
    }

    void rescheduled(DataSession s, AccessContext context, AppointmentRescheduled e) {
        change(s, context, e.appointment(), v -> v.movedTo(e.start(), e.end(), e.resources()));
    }

    void checkedIn(DataSession s, AccessContext context, PatientCheckedIn e) {
        change(s, context, e.appointment(), v -> v.checkedInAt(e.at()));
    }

    void flowAdvanced(DataSession s, AccessContext context, PatientFlowAdvanced e) {
        if (e.stage() == FlowStage.ROOMED) {
            change(s, context, e.appointment(), v -> v.roomedAt(e.at()));
        } else if (e.stage() == FlowStage.CHECKED_IN) {
            change(s, context, e.appointment(), v -> v.checkedInAt(e.at()));
        }
    }

    private void change(DataSession s, AccessContext context, AppointmentId id, UnaryOperator<Records.Visit> how) {
        Optional<Versioned<Records.Visit>> current = s.find(Documents.VISIT, id.asString());
        if (current.isPresent()) {
            s.update(Documents.VISIT, current.get().id(), current.get().version(), how.apply(current.get().value()));
            return;
        }
        // booked before coordination was reading the outbox: start from scheduling's record
        Appointment a = appointments.get(context, id);
        Records.Visit visit = new Records.Visit(a.id(), a.serviceType(), a.start(), a.end(), a.resources(), a.status(), Optional.empty(),
                Optional.empty());
        s.insert(Documents.VISIT, id.asString(), how.apply(visit));
    }
}
