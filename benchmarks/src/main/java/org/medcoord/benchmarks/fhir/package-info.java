/** Benchmarks of the FHIR module: one patient's bundle and bulk export, next to HAPI's own JSON serialisation. */
package org.medcoord.benchmarks.fhir;
