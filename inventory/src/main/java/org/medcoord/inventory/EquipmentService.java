package org.medcoord.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.access.AccessContext;

/**
 * Equipment: serial-numbered assets, their status, maintenance and calibration plans, and the reprocessing
 * gate of reusable instruments (an instrument used since its last passing cycle cannot return to service).
 * Every status change out of service publishes {@link EquipmentOutOfService}; every return publishes
 * {@link EquipmentReturnedToService}. A change the status does not allow is a
 * {@link org.medcoord.core.ConflictException} {@code MC-INV-108}. Thread-safe.
 *
 * @since 0.1.0
 */
public interface EquipmentService {

    /** Registers an asset, in service. */
    Asset register(AccessContext context, NewAsset asset);

    /** @throws org.medcoord.core.NotFoundException ({@code MC-INV-404}) when unknown */
    Asset asset(AccessContext context, AssetId id);

    /**
     * Records one use of an in-service asset. A reusable instrument then awaits reprocessing (and
     * {@link EquipmentOutOfService} is published).
     */
    Asset recordUse(AccessContext context, AssetId id);

    /** Takes an asset out of service from {@code from}, until {@code until} if known. */
    Asset takeOutOfService(AccessContext context, AssetId id, Instant from, Optional<Instant> until, String reason);

    /** Starts maintenance of an asset that is in or out of service. */
    Asset startMaintenance(AccessContext context, AssetId id);

    /**
     * Records a plan as done today. An asset in maintenance returns to service unless it awaits reprocessing.
     *
     * @throws org.medcoord.core.NotFoundException {@code MC-INV-404} when the asset has no such plan
     */
    Asset completeMaintenance(AccessContext context, AssetId id, String plan);

    /**
     * Appends a reprocessing cycle to the asset's log. A passing cycle clears the reprocessing gate; an
     * instrument awaiting reprocessing then returns to service. A failing cycle leaves it awaiting reprocessing.
     */
    Asset recordReprocessing(AccessContext context, AssetId id, ReprocessingMethod method, boolean passed, String reference);

    /** @return the asset's reprocessing cycles, oldest first */
    List<ReprocessingCycle> reprocessingHistory(AccessContext context, AssetId id);

    /**
     * Returns an out-of-service or in-maintenance asset to service.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-INV-109} when a reusable instrument has no passing
     *         reprocessing cycle since its last use
     */
    Asset returnToService(AccessContext context, AssetId id);

    /**
     * Opens a work order on an asset that is not retired.
     *
     * @param plan the maintenance plan the work carries out, if any (it must exist on the asset)
     */
    WorkOrder openWorkOrder(AccessContext context, AssetId asset, String description, Optional<String> plan);

    /**
     * Completes an open work order with its outcome; when it carries out a plan, the plan is recorded as done
     * as by {@link #completeMaintenance}.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-INV-112} when it is already completed
     */
    WorkOrder completeWorkOrder(AccessContext context, WorkOrderId workOrder, String outcome);

    /** @return the asset's open work orders, oldest first */
    List<WorkOrder> openWorkOrders(AccessContext context, AssetId asset);

    /** Retires an asset for good. */
    Asset retire(AccessContext context, AssetId id);

    /** @return plans of assets at the location due within {@code days} days or overdue (by day or by uses), overdue first */
    List<DueMaintenance> maintenanceDue(AccessContext context, LocationId location, int days);

    /**
     * Publishes {@link MaintenanceDue} for every plan at the location that is due today or overdue and was
     * not announced for the same due occurrence before. Call it daily.
     *
     * @return what it announced
     */
    List<DueMaintenance> announceDueMaintenance(AccessContext context, LocationId location);
}
