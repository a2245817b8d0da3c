package org.medcoord.coordination;

import java.util.Optional;
import org.medcoord.core.access.AccessContext;
import org.medcoord.scheduling.ServiceTypeId;

/**
 * The clinic's procedure catalog: which codes, kit, equipment type and follow-up each service type maps to.
 * The fulfilment and discharge workflows read it. Loading and reading are checked on SCHEDULING data.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public interface ProcedureCatalog {

    /**
     * Validates and stores a catalog, replacing the previous one. Every problem is reported together: codes that
     * are no well-formed CPT or HCPCS codes and malformed modifiers ({@code MC-COORD-010}), unknown service types
     * ({@code MC-COORD-011}), kits ({@code MC-COORD-012}), equipment types ({@code MC-COORD-013}) and kit locations
     * ({@code MC-COORD-014}), duplicated service types ({@code MC-COORD-015}), malformed follow-up plans
     * ({@code MC-COORD-016}) and a charge setup with malformed NPIs or place of service ({@code MC-COORD-023}). On failure nothing is stored and the previous catalog stays in force.
     *
     * @return the stored catalog
     */
    CatalogDefinition load(AccessContext context, CatalogDefinition catalog);

    /** @return the catalog in force (empty when none was loaded) */
    CatalogDefinition current(AccessContext context);

    /** @return the procedure of {@code serviceType}, if the catalog has one */
    Optional<Procedure> procedure(AccessContext context, ServiceTypeId serviceType);
}
