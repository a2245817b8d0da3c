package org.medcoord.coordination;

import java.util.List;
import java.util.Optional;
import org.medcoord.core.access.AccessContext;
import org.medcoord.inventory.AssetId;
import org.medcoord.scheduling.ResourceId;

/**
 * The cross-domain workflows, driven by the tenant's event outbox:
 * <ul>
 *   <li>equipment out of service, in maintenance or awaiting reprocessing: a block on its linked scheduling
 *       resource, and a {@link TaskType#RESCHEDULE} task with the patient's next free times for every appointment
 *       in the blocked period; back in service: the block is lifted (scheduling then offers the time to the waitlist)
 *       and the outage's reschedule tasks nobody has started are cancelled;</li>
 *   <li>an appointment fulfilled: its procedure's kit consumed first-expiry-first-out for the patient and the
 *       encounter that records the appointment, one charge per billing code captured through billing's
 *       {@code ChargeService} with a source key of the appointment and line (when the catalog has a {@link ChargeSetup};
 *       a line without a self-pay price or a coded diagnosis becomes a {@link TaskType#BILLING_WORK_ITEM}), and its
 *       follow-up requested;</li>
 *   <li>a discharge: the catalog's discharge follow-up requested;</li>
 *   <li>stock below its reorder point: a {@link TaskType#PURCHASE_SUGGESTION} task for supply staff;</li>
 *   <li>a missed dose: a {@link TaskType#MISSED_DOSE} task for the nurses;</li>
 *   <li>a claim denied or a remittance line that matched no claim: a {@link TaskType#BILLING_WORK_ITEM} for billing staff;</li>
 *   <li>claims submitted, denied and paid: counted for the daily report;</li>
 *   <li>appointments, check-ins and rooming: kept for the daily report.</li>
 * </ul>
 *
 * <p><b>Exactly once.</b> Each event is handled in one transaction that records the event's id (its outbox sequence
 * number) under a unique key together with the event's effect; a second delivery, another consumer or another
 * process reading the same outbox finds the record (or loses the race on the unique key, and its transaction with
 * its effects rolls back), so the effect happens once. A consumer's position is stored too, so a restarted process
 * reads on where it stopped. An effect that fails (for example a kit out of stock) is recorded with its error code
 * and becomes a {@link TaskType#WORKFLOW_FAILURE} task; the consumer moves on.
 *
 * <p>Call {@link #run} from a background thread of the embedding product, with a context whose principal has the
 * SYSTEM role and purpose OPERATIONS. Thread-safe.
 *
 * @since 0.1.0
 */
public interface Workflows {

    /** How many days a block lasts when an asset goes out of service without a known end (default 90). */
    String OPEN_OUTAGE_DAYS_SETTING = "medcoord.coordination.open-outage-days";

    /** How many days ahead the next free times of a moved appointment are searched (default 30). */
    String RESCHEDULE_SEARCH_DAYS_SETTING = "medcoord.coordination.reschedule-search-days";

    /**
     * Handles the next events of the outbox after the consumer's position, at most {@code max}.
     *
     * @param consumer the consumer's name, 1 to 64 of {@code [A-Za-z0-9._-]}; processes that share a name share a position
     * @param max      1 to 10,000
     * @throws org.medcoord.core.ValidationException {@code MC-COORD-020} for a bad name or batch size
     */
    WorkflowRun run(AccessContext context, String consumer, int max);

    /** @return the last outbox sequence number the consumer has passed (0 before its first run) */
    long position(AccessContext context, String consumer);

    /**
     * Links an asset to the scheduling resource that books it (replacing an earlier link of the asset).
     *
     * @throws org.medcoord.core.ValidationException {@code MC-COORD-022} for an unknown asset, or a resource that is
     *         unknown or no equipment
     */
    EquipmentLink link(AccessContext context, AssetId asset, ResourceId resource);

    /** @return the resource linked to the asset, if any */
    Optional<ResourceId> linkedResource(AccessContext context, AssetId asset);

    /**
     * Puts a {@link TaskType#FOLLOW_UP_OVERDUE} task on the worklist for every overdue follow-up that has none open.
     * Call it periodically.
     *
     * @return the tasks created
     */
    List<Task> sweepOverdueFollowUps(AccessContext context);
}
