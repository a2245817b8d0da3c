/**
 * The scheduling contract kits: {@link org.medcoord.testkit.scheduling.SchedulingContract}, which every
 * storage engine extends to prove that bookings on it cannot exceed a resource's capacity, and
 * {@link org.medcoord.testkit.scheduling.NotificationChannelContract}, which every
 * {@code NotificationChannel} extends.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit.scheduling;
