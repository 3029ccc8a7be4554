package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A PDF's text as pdftotext (poppler-utils) extracts it: what an auditor reading the document sees. */
final class Pdfs {

    private Pdfs() {
    }

    /** The text laid out as on the page (columns of a table stay on one line). */
    static String text(byte[] pdf) {
        return extract(pdf, true);
    }

    /** The text in reading order, one table cell after another. */
    static String textInReadingOrder(byte[] pdf) {
        return extract(pdf, false);
    }

    private static String extract(byte[] pdf, boolean layout) {
        try {
            Path file = Files.createTempFile("document", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> command = new ArrayList<>(List.of("pdftotext"));
                if (layout) {
                    command.add("-layout");
                }
                command.addAll(List.of(file.toString(), "-"));
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(30, TimeUnit.SECONDS), "pdftotext did not finish");
                assertEquals(0, process.exitValue(), text);
                return text;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
