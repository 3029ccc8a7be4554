/**
 * Territories and regions: the places social value is committed to and delivered in.
 *
 * <p>A {@link org.dualimpact.kernel.territory.Territory} is a police force area (the 43 of England and
 * Wales by ONS GSS code, Police Scotland and the PSNI); each lies wholly in one
 * {@link org.dualimpact.kernel.territory.Region} (the nine English regions and the three other
 * nations). The product ships them as reference data ({@code territories.csv}, {@code regions.csv}
 * beside this package, sources in {@code SOURCES.md}); {@link
 * org.dualimpact.kernel.territory.ReferenceData} reads those files and {@link
 * org.dualimpact.kernel.territory.TerritoryService#loadReferenceData} brings a store up to date with them.
 */
package org.dualimpact.kernel.territory;
