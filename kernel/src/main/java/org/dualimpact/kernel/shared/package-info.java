/**
 * Value types and the error model shared by every area of the kernel.
 *
 * <p>Business rejections are {@link DomainException}s. Each carries a
 * stable {@code code} (a short slug such as {@code territory-not-found}) that the web adapter turns
 * into the {@code type} of an RFC 9457 problem document, and a {@link
 * DomainException.Kind} that decides the HTTP status. Adding a rejection
 * never needs a new mapper: pick the kind, name the code.
 *
 * <p>{@link Actor} is who asks: a user of an organisation holding roles.
 * Application services take it explicitly and check party rules themselves; role checks at the
 * boundary are a first line, not the only one.
 */
package org.dualimpact.kernel.shared;
