package org.dualimpact.web.diagnostic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.dualimpact.importing.JsonDiagnosticFrameworkReader;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/**
 * A framework file as uploaded: its text, untouched. The import adapter reads it ({@link JsonDiagnosticFrameworkReader}) so
 * that every problem is reported with its place in the file, which JSON binding could not do.
 */
public record FrameworkUpload(String text) {

    /** Reads the request body of a framework import as UTF-8 text, refusing more than the kernel accepts. */
    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    public static class Reader implements MessageBodyReader<FrameworkUpload> {

        /** UTF-8 needs at most 4 bytes a character. */
        static final int MAX_BYTES = JsonDiagnosticFrameworkReader.MAX_CHARS * 4;

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == FrameworkUpload.class;
        }

        @Override
        public FrameworkUpload readFrom(Class<FrameworkUpload> type, Type genericType, Annotation[] annotations,
                MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > MAX_BYTES) {
                    throw tooLarge();
                }
            }
            try {
                return new FrameworkUpload(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                        .toString());
            } catch (CharacterCodingException e) {
                throw new DomainException(DomainException.Kind.INVALID_INPUT, "malformed-json",
                        "The framework file is not UTF-8 text.", List.of(new FieldError("body", "not UTF-8")));
            }
        }

        private static DomainException tooLarge() {
            return new DomainException(DomainException.Kind.INVALID_INPUT, "framework-too-large",
                    "A framework file is at most " + JsonDiagnosticFrameworkReader.MAX_CHARS + " characters.",
                    List.of(new FieldError("body", "too large")));
        }
    }
}
