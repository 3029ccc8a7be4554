package org.dualimpact.kernel.diagnostic;

import java.nio.charset.StandardCharsets;

/** Renders a report as a line of text naming the assessment and its overall counts, for kernel tests. */
final class FakeReportRenderer implements ReportRenderer {

    @Override
    public byte[] render(AssessmentReport report) {
        StringBuilder text = new StringBuilder("report " + report.assessment().id());
        report.overall().levels().forEach(b -> text.append(' ').append(b.label()).append('=').append(b.count()));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }
}
