/**
 * Benchmarks of the billing module's X12 layer (issue 5): writing 837P claims and reading 835
 * remittances with StAEDI, next to StAEDI used directly.
 */
package org.medcoord.benchmarks.billing;
