/**
 * The append-only stores: the audit journal ({@code journal}) and, with the ledger issue, the
 * contribution ledger.
 *
 * <p>Its persistence unit {@code dualimpact-ledger} shares the {@code jdbc/dualimpact} datasource with
 * the persistence adapter (its tables come from the same schema migrations). The contribution ledger
 * itself (hash-chained entries, RFC 9162 Merkle tree, signed tree heads, database guards against
 * UPDATE/DELETE/TRUNCATE) is built by the ledger issue.
 */
package org.dualimpact.ledger;
