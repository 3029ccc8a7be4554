package org.dualimpact.kernel.mapping;

/** Renders the printable KPI list of a mapping (the web adapter's is a PDF). */
public interface KpiListRenderer {

    String mediaType();

    byte[] render(SocialValueSummary summary);
}
