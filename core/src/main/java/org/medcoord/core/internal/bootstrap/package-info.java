/**
 * Plugin discovery and Guice assembly. Not API: may change in any release.
 */
package org.medcoord.core.internal.bootstrap;
