/**
 * Domain events: facts that committed, published to listeners after commit and kept in each tenant's
 * outbox stream.
 *
 * @since 0.1.0
 */
package org.medcoord.core.event;
