/**
 * X12 5010 interchange formats on StAEDI: writing 837P professional claim interchanges and reading 835
 * remittance advice. Works on its own wire-level records, independent of storage and access control.
 *
 * @since 0.1.0
 */
package org.medcoord.billing.x12;
