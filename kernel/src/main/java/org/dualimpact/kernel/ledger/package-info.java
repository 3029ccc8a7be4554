/**
 * The contribution ledger: an append-only, verifiable record of what suppliers deliver under
 * contracted agreements and what providers confirm or dispute.
 *
 * <p>Entries ({@link org.dualimpact.kernel.ledger.LedgerEntry}) are never updated or deleted; a mistake
 * is put right by a correcting entry. Each entry's payload is typed by kind
 * ({@link org.dualimpact.kernel.ledger.EntryPayload}); the current state of each contribution is the
 * one fold of its entries ({@link org.dualimpact.kernel.ledger.ContributionHistory}). Every entry is a leaf of an RFC 9162 Merkle tree ({@link org.dualimpact.kernel.ledger.Merkle});
 * signed tree heads, inclusion and consistency proofs let an auditor check the ledger without trusting
 * the operator. Personal data is committed, not stored, in entries
 * ({@link org.dualimpact.kernel.ledger.PersonalData}), so it can be erased without breaking
 * verification. Sequence numbers are gap-free from 0, assigned under a database lock on the chain head.
 */
package org.dualimpact.kernel.ledger;
