/**
 * The one JSON codec every document body, log entry and audit record goes through before it is
 * encrypted, and the canonical form the audit hash chain is computed over. Not API: may change in any
 * release.
 */
package org.medcoord.core.internal.codec;
