/**
 * The coordination module's implementation on core's data layer and the domains' public services. Not API:
 * may change in any release.
 */
package org.medcoord.coordination.internal;
