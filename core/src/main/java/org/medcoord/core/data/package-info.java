/**
 * How domain modules store data: typed documents and logs on top of the storage SPI, with every body
 * encrypted and every identifying index value tokenised by core before the engine sees it, every
 * call scoped to the caller's tenant, access decided by the policy and audited in the same
 * transaction.
 *
 * @since 0.1.0
 */
package org.medcoord.core.data;
