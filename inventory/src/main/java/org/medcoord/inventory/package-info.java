/**
 * Inventory: the catalog of supplies, medications, equipment types and implants with their units; stock
 * by location and lot kept by an append-only ledger that never goes negative; first-expiry-first-out
 * picking; kits consumed atomically for a patient and encounter; recalls that quarantine a lot everywhere
 * and list who received it; par levels and reorder suggestions.
 *
 * <p>Quantities are whole numbers ({@code long}) of each item's base unit; pack units convert to it.
 * Services take an {@link org.medcoord.core.access.AccessContext} first and need INVENTORY access.
 *
 * @since 0.1.0
 */
package org.medcoord.inventory;
