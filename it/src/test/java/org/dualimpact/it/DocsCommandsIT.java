package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The commands the documentation shows, run as a reader would run them: every fenced block whose info
 * string is {@code sh tested} in {@code README.md} and {@code docs/**}{@code .md} runs with bash against the
 * real EAR on the integration-test server, so a broken example fails the build.
 *
 * <p>The tested blocks of one file run in order in one bash process ({@code set -euo pipefail}), so a
 * later block uses the variables of an earlier one, as a reader's shell would. The working directory is
 * a fresh folder holding links to the project's {@code server-config} and {@code ledger-verifier}, so the
 * blocks' relative paths resolve as from the project root and their files land in the folder. The blocks
 * reach this server through environment variables with the defaults of a development server:
 * {@code DI_URL} (http://localhost:9080), {@code DI_HTTPS_PORT} (9443) and {@code DI_WLP} (the Liberty
 * installation whose {@code bin/batchManager} to run). A line {@code # expect: <text>} in a block requires
 * the block's standard output to contain that text. What each file's blocks printed is kept in
 * {@code target/docs-commands/}.
 */
@ExtendWith(ArquillianExtension.class)
class DocsCommandsIT {

    static final String INFO_STRING = "sh tested";
    static final String EXPECT = "# expect: ";
    static final String MARK = "@@docs-block ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    /** One tested block: the file, its first line number, its text and the outputs it must print. */
    record Block(Path file, int line, String text, List<String> expected) {
    }

    @Test
    void everyTestedCommandBlockOfTheDocsRunsAgainstTheServer() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Path document : documents()) {
            List<Block> blocks = blocks(document);
            if (!blocks.isEmpty()) {
                failures.addAll(run(blocks));
            }
        }
        assertEquals(List.of(), failures, () -> String.join("\n\n", failures));
    }

    @Test
    void theWalkThroughAndTheOperationsCommandsAreTested() throws IOException {
        for (String document : List.of("docs/trying-it.md", "docs/operations.md", "docs/ledger.md", "README.md")) {
            assertFalse(blocks(root().resolve(document)).isEmpty(), document + " has no ```" + INFO_STRING + " block");
        }
    }

    @Test
    void aCommandThatFailsFailsItsBlock() throws Exception {
        List<String> failures = run(List.of(new Block(Path.of("self-test.md"), 1, "echo fine\nfalse\n", List.of())));

        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).startsWith("self-test.md:1"), failures::toString);
    }

    @Test
    void aBlockWithoutItsExpectedOutputFails() throws Exception {
        List<String> failures = run(List.of(new Block(Path.of("self-test.md"), 1, "echo VALID\n", List.of("VALID")),
                new Block(Path.of("self-test.md"), 5, "echo 'entry 3 does not match its leaf hash'\n", List.of("VALID: "))));

        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).startsWith("self-test.md:5"), failures::toString);
    }

    static Path root() {
        return Path.of(System.getProperty("it.project.root", "..")).toAbsolutePath().normalize();
    }

    /** README.md, the walk-through (so the documents after it find a ledger with entries), then docs/ in order. */
    static List<Path> documents() throws IOException {
        Path walkThrough = root().resolve("docs/trying-it.md");
        List<Path> documents = new ArrayList<>(List.of(root().resolve("README.md"), walkThrough));
        try (Stream<Path> docs = Files.walk(root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.equals(walkThrough)).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The fenced blocks of a Markdown file whose info string is {@value #INFO_STRING}, in order. */
    static List<Block> blocks(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String opening = lines.get(i).strip();
            if (!opening.startsWith("```")) {
                continue;
            }
            int start = i;
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                text.append(lines.get(i)).append('\n');
                String line = lines.get(i).strip();
                if (line.startsWith(EXPECT)) {
                    expected.add(line.substring(EXPECT.length()));
                }
            }
            if (opening.substring(3).strip().equals(INFO_STRING)) {
                blocks.add(new Block(root().relativize(document.toAbsolutePath()), start + 1, text.toString(), expected));
            }
        }
        return blocks;
    }

    /** Runs one file's blocks in one bash process; returns a message per block that failed. */
    static List<String> run(List<Block> blocks) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("docs-commands");
        for (String linked : List.of("server-config", "ledger-verifier")) {
            Files.createSymbolicLink(folder.resolve(linked), root().resolve(linked));
        }
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (int b = 0; b < blocks.size(); b++) {
            script.append("echo '").append(MARK).append(b).append("'\n").append(blocks.get(b).text());
        }
        script.append("echo '").append(MARK).append("end'\n");
        Path output = folder.resolve("output.txt");
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script.toString()).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = bash.environment();
        environment.put("DI_URL", Api.base());
        environment.put("DI_HTTPS_PORT", Integer.toString(URI.create(System.getProperty("it.https.url",
                "https://localhost:9444")).getPort()));
        environment.put("DI_WLP", Path.of("target/liberty/wlp").toAbsolutePath().toString());
        Process process = bash.start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        Path kept = Path.of("target/docs-commands", blocks.get(0).file().toString().replace('/', '_') + ".out");
        Files.createDirectories(kept.getParent());
        Files.copy(output, kept, StandardCopyOption.REPLACE_EXISTING); // what the blocks printed, to read after a run
        List<String> sections = split(Files.readString(output), blocks.size());
        List<String> failures = new ArrayList<>();
        if (sections.isEmpty()) {
            failures.add(blocks.get(0).file() + ": bash did not start the first block\n" + Files.readString(output));
        }
        int last = sections.size() - 1; // the block that was running when the script ended
        boolean completed = sections.size() == blocks.size() + 1;
        for (int b = 0; b < Math.min(blocks.size(), sections.size()); b++) {
            Block block = blocks.get(b);
            String printed = sections.get(b);
            String where = block.file() + ":" + block.line();
            if (!completed && b == last) {
                failures.add(where + ": " + (ended ? "exit code " + process.exitValue() : "still running after 10 minutes")
                        + "\n--- block ---\n" + block.text() + "--- output ---\n" + printed);
            } else {
                for (String expected : block.expected()) {
                    if (!printed.contains(expected)) {
                        failures.add(where + ": the output lacks '" + expected + "'\n--- block ---\n" + block.text()
                                + "--- output ---\n" + printed);
                    }
                }
            }
        }
        if (completed && process.exitValue() != 0) {
            failures.add(blocks.get(0).file() + ": exit code " + process.exitValue() + " after the last block");
        }
        return failures;
    }

    /** The output of each block, cut at the marks the script printed; fewer sections when it stopped early. */
    static List<String> split(String output, int blocks) {
        List<String> sections = new ArrayList<>();
        int at = output.indexOf(MARK + 0 + "\n");
        for (int b = 0; at >= 0 && b < blocks; b++) {
            int from = at + (MARK + b + "\n").length();
            String next = MARK + (b + 1 == blocks ? "end" : Integer.toString(b + 1)) + "\n";
            int to = output.indexOf(next, from);
            sections.add(output.substring(from, to < 0 ? output.length() : to));
            at = to;
        }
        if (at >= 0) {
            sections.add(""); // the end mark: every block ran
        }
        return sections;
    }
}
