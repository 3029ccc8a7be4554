/** Messages the product sends to people: invitations first, notifications later. */
package org.dualimpact.kernel.notification;
