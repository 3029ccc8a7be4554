/**
 * Social value frameworks: the UK Social Value Model (PPN 06/20, PPN 002) and any other framework an
 * administrator imports, as versioned data. A {@link org.dualimpact.kernel.framework.ValueFramework}
 * edition is a tree of themes or missions → policy outcomes → award criteria → reporting metrics,
 * imported as a {@link org.dualimpact.kernel.framework.ValueFrameworkDefinition} that the import
 * adapter reads from JSON, every problem named by its place and line. Elements whose wording could not be confirmed are
 * flagged unverified and shown as provisional. An edition is replaced in place only while no tender
 * uses it; after that it is frozen. The product ships PPN 06/20 and PPN 002 (Crown copyright, Open
 * Government Licence v3.0) with the import adapter, their sources in its {@code SOURCES.md}.
 */
package org.dualimpact.kernel.framework;
