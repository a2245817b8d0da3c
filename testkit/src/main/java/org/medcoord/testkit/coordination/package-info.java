/**
 * The coordination contract: what every storage engine must support for MedCoord's workflows to apply each outbox
 * event's effect exactly once — unique keys and locks that hold under racing consumers, and positions that survive
 * a restart.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit.coordination;
