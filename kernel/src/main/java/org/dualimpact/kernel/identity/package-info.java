/**
 * Who a caller is and what the product lets them do. An identity provider proves who the user is
 * ({@link org.dualimpact.kernel.identity.Identity}: issuer, subject, verified e-mail, name); the
 * product's own memberships say which organisation the user acts for and with which roles.
 */
package org.dualimpact.kernel.identity;
