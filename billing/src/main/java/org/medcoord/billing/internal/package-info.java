/**
 * The billing module's implementation on core's data layer. Not API: may change in any release.
 */
package org.medcoord.billing.internal;
