package org.dualimpact.console.auditor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.console.ConsolePages;
import org.dualimpact.console.acting.Acting;
import org.dualimpact.console.spo.AgreementActions;
import org.dualimpact.kernel.ledger.LedgerExport;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.ledger.export.JsonExportLines;

/**
 * The auditor's ledger explorer: {@code /ledger} (size, root, signed tree heads, entries newest first,
 * 25 a page), {@code /ledger/entries/{sequence}} (an entry with its inclusion proof, which the browser
 * checks), and {@code /ledger/export} (the whole ledger as JSON Lines for the offline verifier). Auditors
 * only; anyone else finds nothing here (404).
 */
@WebServlet(urlPatterns = {"/ledger", "/ledger/entries/*", "/ledger/export"})
public class LedgerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsolePages pages;

    @Inject
    transient LedgerExplorer explorer;

    @Inject
    transient AgreementActions agreements;

    @Inject
    transient LedgerExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        if (!acting.get().actor().has(Role.AUDITOR)) {
            response.sendError(404);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        String path = request.getServletPath();
        if ("/ledger/export".equals(path)) {
            export(response, acting.get());
        } else if ("/ledger/entries".equals(path)) {
            entry(request, response, acting.get());
        } else {
            Optional<Long> before = number(request.getParameter("before"));
            pages.render(response, 200, "ledger.jte", Map.of(
                    "page", pages.page("Contribution ledger", request, acting),
                    "ledger", explorer.overview(acting.get().actor(), before)));
        }
    }

    private void entry(HttpServletRequest request, HttpServletResponse response, Acting acting) throws IOException {
        String info = request.getPathInfo();
        Optional<Long> sequence = number(info == null ? null : info.substring(1));
        if (sequence.isEmpty()) {
            response.sendError(404);
            return;
        }
        try {
            AgreementActions.Proof proof = agreements.proof(acting.actor(), sequence.get());
            pages.render(response, 200, "ledger-entry.jte", Map.of(
                    "page", pages.page("Ledger entry " + sequence.get(), request, Optional.of(acting)), "proof", proof));
        } catch (DomainException e) {
            response.sendError(404);
        }
    }

    private void export(HttpServletResponse response, Acting acting) throws IOException {
        long size = export.size();
        export.check(acting.actor(), 0, size);
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger-" + size + ".jsonl\"");
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16);
        export.export(acting.actor(), 0, size, line -> {
            try {
                writer.write(JsonExportLines.json(line));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    private static Optional<Long> number(String text) {
        if (text == null || !text.matches("[0-9]{1,15}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
