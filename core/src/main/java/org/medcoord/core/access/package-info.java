/**
 * Who is asking and why: {@link org.medcoord.core.access.AccessContext}, the first argument of every
 * public method that reads or writes protected health information.
 *
 * @since 0.1.0
 */
package org.medcoord.core.access;
