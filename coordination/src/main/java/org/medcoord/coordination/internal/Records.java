package org.medcoord.coordination.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medcoord.coordination.TaskId;
import org.medcoord.inventory.AssetId;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.BlockId;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ServiceTypeId;

/** The documents coordination keeps for itself. */
final class Records {

    private Records() {
    }

    /** An outbox event some consumer handled: the record that makes its effect happen once. */
    record Processed(long seq, String eventType, String consumer, String outcome, Instant at) {
    }

    /** How far a consumer has read the outbox. */
    record ConsumerCursor(String consumer, long position) {
    }

    /** A block placed because an asset went out of service. */
    record Outage(BlockId block, AssetId asset, ResourceId resource, Instant start, Instant end, boolean open, List<TaskId> tasks) {
        Outage {
            tasks = List.copyOf(tasks);
        }

        Outage closed() {
            return new Outage(block, asset, resource, start, end, false, tasks);
        }
    }

    /** A claim submitted, denied or paid, as the daily report counts it. */
    record ClaimEvent(String claim, String kind, Instant at) {
    }

    /** An appointment as the daily report sees it, kept from scheduling's events. */
    record Visit(AppointmentId appointment, ServiceTypeId serviceType, Instant start, Instant end, List<ResourceId> resources,
                 AppointmentStatus status, Optional<Instant> checkedIn, Optional<Instant> roomed) {
        Visit {
            resources = List.copyOf(resources);
        }

        Visit withStatus(AppointmentStatus next) {
            return new Visit(appointment, serviceType, start, end, resources, next, checkedIn, roomed);
        }

        Visit movedTo(Instant newStart, Instant newEnd, List<ResourceId> newResources) {
            return new Visit(appointment, serviceType, newStart, newEnd, newResources, status, checkedIn, roomed);
        }

        Visit checkedInAt(Instant at) {
            return new Visit(appointment, serviceType, start, end, resources, status, checkedIn.or(() -> Optional.of(at)), roomed);
        }

        Visit roomedAt(Instant at) {
            return new Visit(appointment, serviceType, start, end, resources, status, checkedIn, roomed.or(() -> Optional.of(at)));
        }
    }
}
