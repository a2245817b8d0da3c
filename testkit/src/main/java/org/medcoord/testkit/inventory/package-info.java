/**
 * The inventory contract: what every storage engine must support for MedCoord's stock ledger to hold —
 * on-hand equal to the ledger, never negative under racing threads, FEFO picking, atomic kits, recalls.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit.inventory;
