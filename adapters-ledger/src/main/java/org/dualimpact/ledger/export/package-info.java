/** The ledger export as JSON Lines, the file the offline verifier reads ({@link org.dualimpact.ledger.export.JsonExportLines}). */
package org.dualimpact.ledger.export;
