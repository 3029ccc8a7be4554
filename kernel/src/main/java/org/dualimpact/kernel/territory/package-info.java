/**
 * Territories and regions: the places social value is committed to and delivered in.
 *
 * <p>A {@link org.dualimpact.kernel.territory.Territory} is a police force area (the 43 of England and
 * Wales by ONS GSS code, Police Scotland and the PSNI); each lies wholly in one
 * {@link org.dualimpact.kernel.territory.Region} (the nine English regions and the three other
 * nations). The product ships them as reference data: {@code regions.csv} and {@code territories.csv}
 * in the import adapter ({@code adapters-import}, {@code org/dualimpact/importing/}, sources in
 * {@code SOURCES-territories.md}), whose {@code CsvReferenceDataReader} reads them into a
 * {@link org.dualimpact.kernel.territory.ReferenceData}. That record keeps the rules (unique codes and
 * abbreviations, every territory in a known region), and {@link
 * org.dualimpact.kernel.territory.TerritoryService#loadReferenceData} brings a store up to date with it.
 */
package org.dualimpact.kernel.territory;
