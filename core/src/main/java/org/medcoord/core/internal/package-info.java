/**
 * MedCoord core's implementation. Not API: anything here may change in any release, and no other
 * module may import it (an ArchUnit rule checks).
 */
package org.medcoord.core.internal;
