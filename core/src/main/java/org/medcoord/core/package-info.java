/**
 * MedCoord's kernel API: the {@link org.medcoord.core.MedCoord} entry point, typed ids, money, errors
 * with stable codes, and tenancy. Sub-packages hold access control ({@code access}), the audit trail
 * ({@code audit}), codes ({@code code}), the data layer domain modules build on ({@code data}) and
 * domain events ({@code event}). {@code spi} is what vendors implement; {@code internal} is not API.
 *
 * @since 0.1.0
 */
package org.medcoord.core;
