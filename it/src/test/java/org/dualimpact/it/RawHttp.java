package org.dualimpact.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what a client library will not send or will not show: bytes
 * exactly as written (an encoded NUL, a tab, an oversized header) and the status line as the server
 * wrote it, reason phrase included.
 */
final class RawHttp {

    /** The status line, the header block (lower-cased names) and the body of one answer. */
    record Answer(String statusLine, String head, String body) {

        int status() {
            String[] parts = statusLine.split(" ", 3);
            return Integer.parseInt(parts[1]);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }
    }

    private RawHttp() {
    }

    /** Sends {@code method target} with the given extra header lines (each ending CRLF) and body. */
    static Answer exchange(String method, String target, String headers, String body) {
        URI base = URI.create(Api.base());
        byte[] entity = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Connection: close\r\n" + headers
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + entity.length + "\r\n") + "\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(entity);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                all.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // the server may reset the connection after answering a refused request
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int endOfLine = text.indexOf("\r\n");
        int endOfHead = text.indexOf("\r\n\r\n");
        if (endOfLine < 0 || endOfHead < 0) {
            return new Answer(text, "", "");
        }
        String body = new String(bytes, endOfHead + 4, bytes.length - endOfHead - 4, StandardCharsets.UTF_8);
        Answer answer = new Answer(text.substring(0, endOfLine), text.substring(endOfLine + 2, endOfHead), body);
        return answer.header("Transfer-Encoding").equalsIgnoreCase("chunked")
                ? new Answer(answer.statusLine(), answer.head(), unchunked(body)) : answer;
    }

    private static String unchunked(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int endOfSize = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, endOfSize).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            byte[] chunk = body.substring(endOfSize + 2).getBytes(StandardCharsets.UTF_8);
            String text = new String(chunk, 0, size, StandardCharsets.UTF_8);
            out.append(text);
            at = endOfSize + 2 + text.length() + 2;
        }
        return out.toString();
    }
}
