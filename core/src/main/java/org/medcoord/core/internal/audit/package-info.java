/**
 * The hash-chained audit log, its verification and reports, and the default SLF4J sink.
 * Not API: may change in any release.
 */
package org.medcoord.core.internal.audit;
