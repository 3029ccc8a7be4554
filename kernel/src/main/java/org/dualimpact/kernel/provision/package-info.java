/**
 * Provisions: the local activities and programmes of community providers, and Spotlight, where
 * suppliers find them.
 *
 * <p>A provider publishes a {@link org.dualimpact.kernel.provision.Provision} in territories it
 * serves; it starts {@code PENDING}. A buyer serving one of those territories audits it
 * ({@code AUDITED}) or suspends it with a reason ({@code SUSPENDED}). Only audited provisions appear
 * in Spotlight and can receive Social Purchase Orders.
 */
package org.dualimpact.kernel.provision;
