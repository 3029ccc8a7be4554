package org.dualimpact.web.upload;

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

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/**
 * An uploaded file (a social value framework, a measures catalogue) as UTF-8 text, untouched, with
 * its media type: the import adapter reads it so that every problem is reported with its place and line,
 * which JSON binding could not do.
 */
public record TextUpload(String text, MediaType mediaType) {

    /** Largest upload read, in bytes (the import adapter limits each format further, in characters). */
    public static final int MAX_BYTES = 20_000_000;

    public boolean isCsv() {
        return "text".equalsIgnoreCase(mediaType.getType()) && "csv".equalsIgnoreCase(mediaType.getSubtype());
    }

    /** Reads the request body as UTF-8 text. */
    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/csv", MediaType.TEXT_PLAIN})
    public static class Reader implements MessageBodyReader<TextUpload> {

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == TextUpload.class;
        }

        @Override
        public TextUpload readFrom(Class<TextUpload> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                MultivaluedMap<String, String> headers, InputStream body) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > MAX_BYTES) {
                    throw new DomainException(DomainException.Kind.INVALID_INPUT, "upload-too-large", "An uploaded file is at "
                            + "most " + MAX_BYTES + " bytes.", List.of(new FieldError("body", "too large")));
                }
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
                return new TextUpload(text, mediaType);
            } catch (CharacterCodingException e) {
                throw new DomainException(DomainException.Kind.INVALID_INPUT, "not-utf8", "The uploaded file is not UTF-8 "
                        + "text.", List.of(new FieldError("body", "not UTF-8")));
            }
        }
    }
}
