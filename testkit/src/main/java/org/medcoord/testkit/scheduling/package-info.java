/**
 * The scheduling contract kit: {@link org.medcoord.testkit.scheduling.SchedulingContract}, which every
 * storage engine extends to prove that bookings on it cannot exceed a resource's capacity.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit.scheduling;
