/**
 * The audit trail contract: what every storage engine must support for MedCoord's hash-chained audit
 * trail, access checks and break-glass to hold.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit.audit;
