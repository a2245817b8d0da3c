/**
 * Core's services built on the data layer: the audit trail, break-glass and the event log.
 * Not API: may change in any release.
 */
package org.medcoord.core.internal.service;
