/**
 * The data layer: typed documents and logs on the storage SPI, encrypted and tokenised before the
 * engine sees them; transactions with after-commit audit, event and callback delivery.
 * Not API: may change in any release.
 */
package org.medcoord.core.internal.data;
