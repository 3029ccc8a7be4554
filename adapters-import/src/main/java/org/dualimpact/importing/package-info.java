/**
 * The inbound adapter for imported files. It reads measures catalogues (CSV with Apache Commons CSV,
 * JSON), social value frameworks and diagnostic frameworks (JSON, with JSON-P as Liberty provides it),
 * and the territories and regions (CSV) and hands the kernel typed definitions
 * ({@link org.dualimpact.kernel.catalogue.CatalogueDefinition},
 * {@link org.dualimpact.kernel.framework.ValueFrameworkDefinition},
 * {@link org.dualimpact.kernel.diagnostic.FrameworkDefinition},
 * {@link org.dualimpact.kernel.territory.ReferenceData}). It checks syntax and shape and names
 * every problem by its line or JSON path; the kernel keeps the domain rules (unique codes, every level
 * described, weights, proxies per year, every territory in a known region) in those types and its
 * services. The files the product ships live here too ({@link org.dualimpact.importing.ShippedFiles}).
 */
package org.dualimpact.importing;
