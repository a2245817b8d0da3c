/**
 * The FHIR module's implementation: the mappings, export, import and bulk export. Not API: it may change at
 * any time; use the services of {@link org.medcoord.fhir}.
 */
package org.medcoord.fhir.internal;
