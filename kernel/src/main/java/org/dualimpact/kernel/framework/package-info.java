/**
 * Social value frameworks: the UK Social Value Model (PPN 06/20, PPN 002) and any other framework an
 * administrator imports, as versioned data. A {@link org.dualimpact.kernel.framework.ValueFramework}
 * edition is a tree of themes or missions → policy outcomes → award criteria → reporting metrics,
 * read from the JSON format documented on {@link org.dualimpact.kernel.framework.ValueFrameworkFile}
 * with every problem named by its place and line. Elements whose wording could not be confirmed are
 * flagged unverified and shown as provisional. An edition is replaced in place only while no tender
 * uses it; after that it is frozen. The product ships PPN 06/20 and PPN 002 (Crown copyright, Open
 * Government Licence v3.0) beside this package, with their sources in {@code SOURCES.md}.
 */
package org.dualimpact.kernel.framework;
