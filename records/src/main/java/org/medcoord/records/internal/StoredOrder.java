package org.medcoord.records.internal;

import java.time.Instant;
import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.code.Coding;
import org.medcoord.records.Dose;
import org.medcoord.records.Frequency;
import org.medcoord.records.OrderStatus;
import org.medcoord.records.Route;

/** A medication order as stored; {@code zone} is an IANA zone id, {@code stop} null when open-ended. */
record StoredOrder(PatientId patient, Coding drug, Dose dose, Route route, Frequency frequency, String zone, Instant start, Instant stop,
                   String location, OrderStatus status, String orderedBy, List<String> acknowledged) {

    StoredOrder stopped(Instant at) {
        Instant end = stop == null || at.isBefore(stop) ? at : stop;
        return new StoredOrder(patient, drug, dose, route, frequency, zone, start, end, location, OrderStatus.STOPPED, orderedBy, acknowledged);
    }

    StoredOrder movedTo(PatientId survivor) {
        return new StoredOrder(survivor, drug, dose, route, frequency, zone, start, stop, location, status, orderedBy, acknowledged);
    }

    @Override
    public String toString() {
        return "StoredOrder[" + status + "]";
    }
}
