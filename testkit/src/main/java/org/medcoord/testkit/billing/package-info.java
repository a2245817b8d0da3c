/**
 * The billing contract kit: {@link org.medcoord.testkit.billing.PayerAdapterContract}, which every
 * {@code PayerAdapter} extends.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit.billing;
