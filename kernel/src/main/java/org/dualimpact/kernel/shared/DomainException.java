package org.dualimpact.kernel.shared;

import java.util.List;
import java.util.Objects;

/**
 * A request the domain refuses. Never a programming error: those stay ordinary runtime exceptions.
 *
 * <p>The {@link #code()} is part of the public contract (it becomes the problem {@code type}); keep it
 * stable once released. The message is shown to the caller, so it must not contain secrets or
 * another organisation's confidential data.
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal this is; the web adapter maps each kind to exactly one HTTP status. */
    public enum Kind {
        /** The input is malformed or fails a field rule (400). */
        INVALID_INPUT,
        /** The caller may not do this at all (403). */
        NOT_PERMITTED,
        /** The object does not exist, or the caller may not know it exists (404). */
        NOT_FOUND,
        /** The object's current state does not allow this (409). */
        CONFLICT,
        /** The caller's copy is stale (412). */
        STALE,
        /** Well-formed input that breaks a business rule (422). */
        RULE_VIOLATED
    }

    private final Kind kind;
    private final String code;
    private final transient List<FieldError> fieldErrors;

    public DomainException(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    public DomainException(Kind kind, String code, String message, List<FieldError> fieldErrors) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = requireSlug(code);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public Kind kind() {
        return kind;
    }

    /** Stable slug naming the rule, e.g. {@code territory-not-found}. */
    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(Kind.NOT_FOUND, code, message);
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID_INPUT, code, message);
    }

    public static DomainException notPermitted(String code, String message) {
        return new DomainException(Kind.NOT_PERMITTED, code, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public static DomainException ruleViolated(String code, String message) {
        return new DomainException(Kind.RULE_VIOLATED, code, message);
    }

    private static String requireSlug(String code) {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem code must be a lower-case slug: " + code);
        }
        return code;
    }
}
