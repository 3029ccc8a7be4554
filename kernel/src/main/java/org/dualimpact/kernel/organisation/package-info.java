/**
 * Organisations taking part: public buyers, suppliers, community providers and research hubs.
 *
 * <p>An organisation is identified by an org-id style register identifier
 * ({@link org.dualimpact.kernel.organisation.OrganisationId}); the same identifier is the
 * {@code org} claim of its users' tokens, which is how every read and write is tied to a party.
 * Only admins register organisations.
 */
package org.dualimpact.kernel.organisation;
