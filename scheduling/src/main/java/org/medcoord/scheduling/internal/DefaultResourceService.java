package org.medcoord.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import com.google.inject.Inject;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Block;
import org.medcoord.scheduling.BlockId;
import org.medcoord.scheduling.BlockReason;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceBlockLifted;
import org.medcoord.scheduling.ResourceBlocked;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceRegistered;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.SchedulingCodes;

final class DefaultResourceService implements ResourceService {

    private final DataStore data;
    private final Clock clock;
    private final Backfill backfill;

    @Inject
    DefaultResourceService(DataStore data, Clock clock, Backfill backfill) {
        this.data = data;
        this.clock = clock;
        this.backfill = backfill;
    }

    @Override
    public Resource register(AccessContext context, NewResource request) {
        Violations v = new Violations();
        v.addIf(request.kind() == null, "kind", SchedulingCodes.KIND, "a resource kind is required (PRACTITIONER, LOCATION, EQUIPMENT, BED)");
        Checks.text(v, "name", request.name(), 200, SchedulingCodes.NAME, "a resource name");
        v.addIf(request.capacity() < 1 || request.capacity() > 1000, "capacity", SchedulingCodes.CAPACITY,
                "capacity must be 1 to 1000 simultaneous appointments");
        v.addIf(request.zone() == null, "zone", SchedulingCodes.ZONE, "an IANA time zone is required, for example America/New_York");
        v.throwIfAny();
        ResourceId id = ResourceId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.empty(), "scheduling.resource.register", subject(id));
            Resource resource = new Resource(id, request.kind(), request.name().strip(), request.capacity(), request.zone());
            s.insert(Documents.RESOURCE, id.asString(), resource);
            s.publish(new ResourceRegistered(id, resource.kind(), resource.capacity(), s.now()));
            return resource;
        });
    }

    @Override
    public Resource get(AccessContext context, ResourceId id) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.SCHEDULING, Optional.empty(), "scheduling.resource.read", subject(id));
            return load(s, id);
        });
    }

    @Override
    public Block placeBlock(AccessContext context, ResourceId resource, Instant start, Instant end, BlockReason reason, String note) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.empty(), "scheduling.block.place", subject(resource));
            Violations v = new Violations();
            v.addIf(resource == null || s.find(Documents.RESOURCE, resource.asString()).isEmpty(), "resource",
                    SchedulingCodes.UNKNOWN_RESOURCE, "no such resource; register it first");
            Checks.interval(v, "end", start, end);
            v.addIf(reason == null, "reason", SchedulingCodes.REASON, "a block needs a reason (LEAVE, MAINTENANCE, CLEANING, OUT_OF_SERVICE, OTHER)");
            v.addIf(note != null && note.length() > 500, "note", SchedulingCodes.REASON, "a note is at most 500 characters");
            v.throwIfAny();
            BlockId id = BlockId.next(clock);
            Block block = new Block(id, resource, start, end, reason, note, s.context().principal().userId(), Optional.empty(),
                    Optional.empty(), Optional.empty());
            s.insert(Documents.BLOCK, id.asString(), block);
            s.publish(new ResourceBlocked(id, resource, start, end, reason));
            return block;
        });
    }

    @Override
    public Block liftBlock(AccessContext context, BlockId blockId, String why) {
        if (blockId == null) {
            throw new NotFoundException("block (no id given)");
        }
        Violations v = new Violations();
        Checks.text(v, "why", why, 500, SchedulingCodes.REASON, "a reason for lifting the block");
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.UPDATE, DataCategory.SCHEDULING, Optional.empty(), "scheduling.block.lift", "scheduling.block/" + blockId);
            Versioned<Block> current = s.find(Documents.BLOCK, blockId.asString())
                    .orElseThrow(() -> new NotFoundException("block " + blockId));
            if (!current.value().active()) {
                throw new ConflictException(SchedulingCodes.BLOCK_LIFTED, "block " + blockId + " was already lifted; nothing to do");
            }
            Block lifted = current.value().lift(s.now(), s.context().principal().userId(), why.strip());
            s.update(Documents.BLOCK, blockId.asString(), current.version(), lifted);
            s.publish(new ResourceBlockLifted(blockId, lifted.resource(), lifted.start(), lifted.end()));
            backfill.offer(s, new Backfill.Freed(Optional.empty(), Optional.of(lifted.resource()), lifted.start(), lifted.end()), List.of());
            return lifted;
        });
    }

    @Override
    public List<Block> activeBlocks(AccessContext context, ResourceId resource, Instant from, Instant to) {
        Violations v = new Violations();
        v.addIf(resource == null, "resource", SchedulingCodes.UNKNOWN_RESOURCE, "a resource id is required");
        Checks.interval(v, "to", from, to);
        v.throwIfAny();
        return data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "scheduling.block.search", subject(resource));
            return Pages.allAnyOf(s, Documents.BLOCK, Criteria.all(), "resourceDay", Days.keys(resource, from, to)).stream()
                    .map(Versioned::value)
                    .filter(b -> b.blocks(from, to))
                    .distinct()
                    .sorted(Comparator.comparing(Block::start).thenComparing(b -> b.id().value()))
                    .toList();
        });
    }

    static Resource load(DataSession s, ResourceId id) {
        return s.find(Documents.RESOURCE, id.asString()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("resource " + id));
    }

    private static String subject(ResourceId id) {
        return "scheduling.resource/" + id;
    }
}
