/**
 * The scheduling module's implementation. Not API: may change in any release.
 */
package org.medcoord.scheduling.internal;
