package org.dualimpact.kernel.testing;

import java.nio.charset.StandardCharsets;

import org.dualimpact.kernel.spo.DocumentRenderer;
import org.dualimpact.kernel.spo.SpoDocument;

/**
 * Renders a document as plain UTF-8 text: a header (title, reference, stage, content hash) and then
 * the canonical form of the content, so tests can read what the document certifies.
 */
public final class FakeDocumentRenderer implements DocumentRenderer {

    public int rendered;

    @Override
    public byte[] render(SpoDocument document) {
        rendered++;
        String text = document.title() + "\n"
                + "reference=" + document.spo().reference().value() + "\n"
                + "stage=" + document.spo().stage().name() + "\n"
                + "content-hash=" + document.contentHash() + "\n"
                + "\n"
                + document.spo().canonicalForm();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }
}
