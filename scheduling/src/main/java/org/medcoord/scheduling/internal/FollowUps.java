package org.medcoord.scheduling.internal;

import java.util.Comparator;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.FollowUp;
import org.medcoord.scheduling.FollowUpBooked;
import org.medcoord.scheduling.FollowUpStatus;

/** Marks the patient's matching open follow-up booked, in the transaction that books the appointment. */
final class FollowUps {

    private FollowUps() {
    }

    static void linkBooked(DataSession s, Appointment a) {
        Pages.all(s, Documents.FOLLOW_UP, Criteria.all().eq("patient", a.patient().asString()).eq("status", FollowUpStatus.OPEN.name()))
                .stream()
                .filter(v -> v.value().serviceType().equals(a.serviceType()))
                .filter(v -> !a.start().isBefore(v.value().dueFrom()) && !a.start().isAfter(v.value().dueBy()))
                .min(Comparator.comparing((Versioned<FollowUp> v) -> v.value().dueBy()))
                .ifPresent(v -> {
                    FollowUp f = v.value();
                    s.update(Documents.FOLLOW_UP, v.id(), v.version(), new FollowUp(f.id(), f.patient(), f.serviceType(), f.dueFrom(),
                            f.dueBy(), f.reason(), FollowUpStatus.BOOKED, java.util.Optional.of(a.id()), f.requested()));
                    s.publish(new FollowUpBooked(f.id(), f.patient(), a.id(), s.now()));
                });
    }
}
