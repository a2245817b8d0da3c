/**
 * Domain event delivery: the outbox format and after-commit dispatch to listeners.
 * Not API: may change in any release.
 */
package org.medcoord.core.internal.event;
