/**
 * An example {@code AccessPolicy} rule, {@link org.medcoord.example.access.StudentShiftPolicy}: a vendor
 * rule in front of the built-in role-based policy, registered in
 * {@code META-INF/services/org.medcoord.core.spi.AccessPolicy} and chosen with the setting
 * {@code medcoord.access-policy=student-shift}.
 *
 * @since 0.1.0
 */
package org.medcoord.example.access;
