package org.medcoord.coordination.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.billing.ClaimStatusChanged;
import org.medcoord.billing.ClaimSubmitted;
import org.medcoord.billing.UnmatchedRemittanceLine;
import org.medcoord.coordination.CoordinationCodes;
import org.medcoord.coordination.EquipmentLink;
import org.medcoord.coordination.NewTask;
import org.medcoord.coordination.Task;
import org.medcoord.coordination.TaskPriority;
import org.medcoord.coordination.TaskType;
import org.medcoord.coordination.WorkflowRun;
import org.medcoord.coordination.Workflows;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.event.EventLog;
import org.medcoord.inventory.AssetId;
import org.medcoord.inventory.EquipmentOutOfService;
import org.medcoord.inventory.EquipmentReturnedToService;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.StockBelowReorderPoint;
import org.medcoord.records.AdministrationOutcome;
import org.medcoord.records.DoseRecorded;
import org.medcoord.scheduling.AppointmentBooked;
import org.medcoord.scheduling.AppointmentCancelled;
import org.medcoord.scheduling.AppointmentRescheduled;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.AppointmentStatusChanged;
import org.medcoord.scheduling.FollowUp;
import org.medcoord.scheduling.FollowUpService;
import org.medcoord.scheduling.PatientCheckedIn;
import org.medcoord.scheduling.PatientDischarged;
import org.medcoord.scheduling.PatientFlowAdvanced;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outbox consumer: one transaction per event holds the event's effect, its processed record and the consumer's position. */
final class DefaultWorkflows implements Workflows {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultWorkflows.class);
    private static final int ATTEMPTS = 3;

    enum Outcome { HANDLED, ALREADY_HANDLED, FAILED }

    private final DataStore data;
    private final Clock clock;
    private final EventLog events;
    private final EquipmentService equipment;
    private final ResourceService resources;
    private final FollowUpService followUps;
    private final EquipmentWorkflow equipmentWorkflow;
    private final FulfilmentWorkflow fulfilment;
    private final AlertWorkflow alerts;
    private final Visits visits;
    private final BillingWorkflow billing;

    DefaultWorkflows(DataStore data, Clock clock, EventLog events, EquipmentService equipment, ResourceService resources,
                     FollowUpService followUps, EquipmentWorkflow equipmentWorkflow, FulfilmentWorkflow fulfilment, AlertWorkflow alerts,
                     Visits visits, BillingWorkflow billing) {
        this.data = data;
        this.clock = clock;
        this.events = events;
        this.equipment = equipment;
        this.resources = resources;
        this.followUps = followUps;
        this.equipmentWorkflow = equipmentWorkflow;
        this.fulfilment = fulfilment;
        this.alerts = alerts;
        this.visits = visits;
        this.billing = billing;
    }

    @Override
    public WorkflowRun run(AccessContext context, String consumer, int max) {
        Violations v = new Violations();
        checkConsumer(v, consumer);
        v.addIf(max < 1 || max > 10_000, "max", CoordinationCodes.CONSUMER, "handle 1 to 10000 events per run");
        v.throwIfAny();
        long from = position(context, consumer) + 1;
        int handled = 0;
        int already = 0;
        int failed = 0;
        for (EventEnvelope envelope : events.read(context, from, max)) {
            switch (handleOnce(context, consumer, envelope)) {
                case HANDLED -> handled++;
                case ALREADY_HANDLED -> already++;
                case FAILED -> failed++;
                default -> throw new IllegalStateException("unreachable");
            }
        }
        return new WorkflowRun(consumer, position(context, consumer), handled, already, failed);
    }

    private static void checkConsumer(Violations v, String consumer) {
        v.addIf(consumer == null || !consumer.matches("[A-Za-z0-9._-]{1,64}"), "consumer", CoordinationCodes.CONSUMER,
                "a consumer name is 1 to 64 of [A-Za-z0-9._-]");
    }

    Outcome handleOnce(AccessContext context, String consumer, EventEnvelope envelope) {
        for (int attempt = 1; ; attempt++) {
            try {
                return data.inTransaction(context, s -> {
                    s.lock(Documents.CURSOR_LOCK, consumer);
                    advance(s, consumer, envelope.outboxSeq());
                    if (s.find(Documents.PROCESSED, key(envelope)).isPresent()) {
                        return Outcome.ALREADY_HANDLED;
                    }
                    // the record first: a second reader of this event fails here, before any effect
                    s.insert(Documents.PROCESSED, key(envelope), new Records.Processed(envelope.outboxSeq(), envelope.event().type(), consumer,
                            "handled", s.now()));
                    dispatch(s, context, envelope);
                    return Outcome.HANDLED;
                });
            } catch (UniqueKeyViolationException e) {
                // another consumer recorded this event (or generated the same task) concurrently; look again
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            } catch (AccessDeniedException e) {
                // a context without the rights the workflows need: a set-up error, not this event's fault
                throw e;
            } catch (MedCoordException e) {
                return recordFailure(context, consumer, envelope, e);
            }
        }
    }

    private Outcome recordFailure(AccessContext context, String consumer, EventEnvelope envelope, MedCoordException failure) {
        LOG.warn("workflow consumer {} could not apply outbox event {} ({}) of tenant {}: {}", consumer, envelope.outboxSeq(),
                envelope.event().type(), envelope.tenant(), failure.code());
        try {
            return data.inTransaction(context, s -> {
                s.lock(Documents.CURSOR_LOCK, consumer);
                advance(s, consumer, envelope.outboxSeq());
                if (s.find(Documents.PROCESSED, key(envelope)).isPresent()) {
                    return Outcome.ALREADY_HANDLED;
                }
                s.insert(Documents.PROCESSED, key(envelope), new Records.Processed(envelope.outboxSeq(), envelope.event().type(), consumer,
                        "failed " + failure.code(), s.now()));
                NewTask task = new NewTask(TaskType.WORKFLOW_FAILURE, "Workflow could not finish: complete by hand",
                        "event " + envelope.outboxSeq() + " (" + envelope.event().type() + ") failed: " + failure.getMessage(), TaskPriority.HIGH,
                        s.now().plus(Duration.ofHours(4)), Optional.of(Roles.COORDINATOR), Optional.empty(), Optional.empty(),
                        Optional.of("core.event/" + envelope.outboxSeq()));
                TaskBook.generate(s, clock, task, "event-failed|" + envelope.outboxSeq(), List.of());
                return Outcome.FAILED;
            });
        } catch (UniqueKeyViolationException e) {
            return Outcome.ALREADY_HANDLED;
        }
    }

    private void dispatch(DataSession s, AccessContext context, EventEnvelope envelope) {
        DomainEvent event = envelope.event();
        if (event instanceof EquipmentOutOfService e) {
            equipmentWorkflow.outOfService(s, context, e);
        } else if (event instanceof EquipmentReturnedToService e) {
            equipmentWorkflow.returned(s, context, e);
        } else if (event instanceof AppointmentBooked e) {
            visits.booked(s, e);
        } else if (event instanceof AppointmentStatusChanged e) {
            visits.statusChanged(s, context, e);
            if (e.to() == AppointmentStatus.FULFILLED) {
                fulfilment.fulfilled(s, context, e);
            }
        } else if (event instanceof AppointmentCancelled e) {
            visits.cancelled(s, context, e);
        } else if (event instanceof AppointmentRescheduled e) {
            visits.rescheduled(s, context, e);
        } else if (event instanceof PatientCheckedIn e) {
            visits.checkedIn(s, context, e);
        } else if (event instanceof PatientFlowAdvanced e) {
            visits.flowAdvanced(s, context, e);
        } else if (event instanceof PatientDischarged e) {
            fulfilment.discharged(s, context, e);
        } else if (event instanceof StockBelowReorderPoint e) {
            alerts.belowReorderPoint(s, context, e);
        } else if (event instanceof DoseRecorded e && e.outcome() == AdministrationOutcome.MISSED) {
            alerts.missedDose(s, e);
        } else if (event instanceof ClaimSubmitted e) {
            billing.submitted(s, e, envelope.occurredAt());
        } else if (event instanceof ClaimStatusChanged e) {
            billing.statusChanged(s, e, envelope.occurredAt());
        } else if (event instanceof UnmatchedRemittanceLine e) {
            billing.unmatched(s, e);
        }
    }

    private static String key(EventEnvelope envelope) {
        return Long.toString(envelope.outboxSeq());
    }

    private static void advance(DataSession s, String consumer, long seq) {
        Optional<Versioned<Records.ConsumerCursor>> cursor = s.find(Documents.CURSOR, consumer);
        if (cursor.isEmpty()) {
            s.insert(Documents.CURSOR, consumer, new Records.ConsumerCursor(consumer, seq));
        } else if (cursor.get().value().position() < seq) {
            s.update(Documents.CURSOR, consumer, cursor.get().version(), new Records.ConsumerCursor(consumer, seq));
        }
    }

    @Override
    public long position(AccessContext context, String consumer) {
        Violations v = new Violations();
        checkConsumer(v, consumer);
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.EVENTS, Optional.empty(), "coordination.workflows.position", "coordination.cursor/" + consumer);
            return s.find(Documents.CURSOR, consumer).map(c -> c.value().position()).orElse(0L);
        });
    }

    @Override
    public EquipmentLink link(AccessContext context, AssetId asset, ResourceId resource) {
        Violations v = new Violations();
        v.addIf(asset == null || !exists(() -> equipment.asset(context, asset)), "asset", CoordinationCodes.EQUIPMENT_LINK,
                "inventory knows no such asset");
        Optional<Resource> found = resource == null ? Optional.empty() : find(() -> resources.get(context, resource));
        v.addIf(found.isEmpty() || found.get().kind() != ResourceKind.EQUIPMENT, "resource", CoordinationCodes.EQUIPMENT_LINK,
                "scheduling knows no equipment resource with that id");
        v.throwIfAny();
        EquipmentLink link = new EquipmentLink(asset, resource);
        return data.inTransaction(context, s -> {
            s.authorize(Action.UPDATE, DataCategory.INVENTORY, Optional.empty(), "coordination.equipment-link", "inventory.asset/" + asset);
            Optional<Versioned<EquipmentLink>> current = s.find(Documents.EQUIPMENT_LINK, asset.asString());
            if (current.isPresent()) {
                s.update(Documents.EQUIPMENT_LINK, asset.asString(), current.get().version(), link);
            } else {
                s.insert(Documents.EQUIPMENT_LINK, asset.asString(), link);
            }
            return link;
        });
    }

    @Override
    public Optional<ResourceId> linkedResource(AccessContext context, AssetId asset) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.INVENTORY, Optional.empty(), "coordination.equipment-link", "inventory.asset/" + asset);
            return asset == null ? Optional.empty() : s.find(Documents.EQUIPMENT_LINK, asset.asString()).map(l -> l.value().resource());
        });
    }

    @Override
    public List<Task> sweepOverdueFollowUps(AccessContext context) {
        return data.inTransaction(context, s -> {
            List<Task> created = new ArrayList<>();
            for (FollowUp f : followUps.overdue(context)) {
                NewTask task = new NewTask(TaskType.FOLLOW_UP_OVERDUE, "Follow-up overdue: book it", "follow-up " + f.id() + " was due by "
                        + f.dueBy(), TaskPriority.HIGH, s.now().plus(Duration.ofDays(1)), Optional.of(Roles.COORDINATOR), Optional.empty(),
                        Optional.of(f.patient()), Optional.of("scheduling.follow-up/" + f.id()));
                TaskBook.generate(s, clock, task, "follow-up-overdue|" + f.id(), List.of()).ifPresent(created::add);
            }
            return List.copyOf(created);
        });
    }

    private static boolean exists(java.util.function.Supplier<?> lookup) {
        return find(lookup).isPresent();
    }

    private static <T> Optional<T> find(java.util.function.Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
