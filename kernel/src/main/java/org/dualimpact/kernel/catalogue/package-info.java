/**
 * Measures catalogues (TOMs-style): measures with units, yearly financial proxy values with their
 * sources, SDG targets, SROI adjustments and crosswalk links to framework criteria. Imported all or
 * nothing from a {@link org.dualimpact.kernel.catalogue.CatalogueDefinition} that the import adapter
 * reads from CSV or JSON, every problem named by its line. Shared catalogues are imported by admins; a buyer keeps local catalogues with its own
 * weights and proxy values. The product ships one small illustrative catalogue built from public
 * facts, each source named (shipped with the import adapter); it never embeds the National TOMs
 * (CC BY-NC-ND), which a buyer imports from its own licensed copy.
 */
package org.dualimpact.kernel.catalogue;
