/**
 * The append-only contribution ledger and audit journal store.
 *
 * <p>Its persistence unit {@code dualimpact-ledger} shares the {@code jdbc/dualimpact} datasource with
 * the persistence adapter. The ledger itself (hash-chained entries, RFC 9162 Merkle tree, signed
 * tree heads, database guards against UPDATE/DELETE/TRUNCATE) is built by the ledger issue; this
 * module holds no entity yet.
 */
package org.dualimpact.ledger;
