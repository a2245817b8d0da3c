package org.medcoord.scheduling;

import org.medcoord.core.access.AccessContext;

/**
 * Defines what can be booked. Thread-safe.
 *
 * @since 0.1.0
 */
public interface ServiceCatalog {

    /**
     * @return the defined service type
     * @throws org.medcoord.core.ValidationException listing every problem, including candidates that are
     *         not registered resources
     */
    ServiceType define(AccessContext context, NewServiceType request);

    /** @throws org.medcoord.core.NotFoundException when no such service type exists */
    ServiceType get(AccessContext context, ServiceTypeId id);
}
