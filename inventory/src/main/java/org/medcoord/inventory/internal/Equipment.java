package org.medcoord.inventory.internal;

import java.time.LocalDate;
import java.util.List;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.data.LogType;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.AssetId;
import org.medcoord.inventory.AssetStatus;
import org.medcoord.inventory.ReprocessingCycle;
import org.medcoord.inventory.WorkOrder;

/** Document types, log and lock of the equipment part of the module. */
final class Equipment {

    /** Lock type of an asset, held while its status or plans change. */
    static final String ASSET_LOCK = "inv-asset-lock";

    /** Marks one due occurrence of a plan as announced; id {@code asset|plan|lastDone|usesAtLastDone}. */
    record Notice(AssetId asset, String plan, LocalDate lastDone, long usesAtLastDone) {
    }

    static final DocumentType<Asset> ASSET = DocumentType.builder("inv-asset", Asset.class)
            .field("location", FieldKind.TEXT, a -> a.status() == AssetStatus.RETIRED ? List.of() : List.of(a.location().asString()))
            .field("status", FieldKind.TEXT, a -> List.of(a.status().name()))
            .unique("inv-asset.serial", FieldKind.TEXT, a -> List.of(a.equipmentType().asString() + "|" + a.serialNumber()))
            .build();

    static final DocumentType<WorkOrder> WORK_ORDER = DocumentType.builder("inv-work-order", WorkOrder.class)
            .field("openFor", FieldKind.TEXT, w -> w.open() ? List.of(w.asset().asString()) : List.of())
            .build();

    static final DocumentType<Notice> NOTICE = DocumentType.builder("inv-maint-notice", Notice.class).build();

    /** One stream per asset. */
    static final LogType<ReprocessingCycle> REPROCESSING = new LogType<>("inv-reprocessing/", ReprocessingCycle.class);

    private Equipment() {
    }
}
