/**
 * Code validation backed by the registered code systems. Not API: may change in any release.
 */
package org.medcoord.core.internal.code;
