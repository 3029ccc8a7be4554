/**
 * The audit journal: an append-only record of every state change of the objects that carry
 * obligations (SPOs and agreements first). Entries are never updated or removed; an auditor reads
 * them to rebuild what happened, who did it, and the content hash at each step.
 */
package org.dualimpact.kernel.journal;
