/**
 * Access decisions: the default role-based policy and the gate every PHI operation passes.
 * Not API: may change in any release.
 */
package org.medcoord.core.internal.access;
