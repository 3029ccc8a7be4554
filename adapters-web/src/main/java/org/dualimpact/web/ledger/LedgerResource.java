package org.dualimpact.web.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.dualimpact.kernel.ledger.ContributionProgress.LineProgress;
import org.dualimpact.kernel.ledger.CorrectContribution;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.LedgerExport;
import org.dualimpact.kernel.ledger.LedgerProofs;
import org.dualimpact.kernel.ledger.LedgerReads;
import org.dualimpact.kernel.ledger.RecordContribution;
import org.dualimpact.kernel.ledger.TreeHead;
import org.dualimpact.kernel.ledger.ValidateContribution;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.ledger.export.JsonExportLines;
import org.dualimpact.web.Params;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.security.CurrentActor;
import org.dualimpact.web.openapi.ApiModel;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contribution ledger over HTTP: parties record, confirm, dispute and correct contributions of
 * contracted agreements; auditors read entries, signed tree heads, proofs and the export.
 */
@Path("/")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contribution ledger")
@SecurityRequirement(name = RestApplication.JWT)
public class LedgerResource {

    /** A ledger entry as the API shows it; {@code canonical} is exactly what the leaf hash covers. */
    public record EntryView(long sequence, Instant recordedAt, String type, String agreement, String organisation,
            String actorCommitment, Map<String, String> payload, String leafHash) {
        public static EntryView of(LedgerEntry e) {
            return new EntryView(e.sequence(), e.recordedAt(), e.type().name(), e.agreement(), e.organisation(),
                    e.actorCommitment(), e.payload().canonical(), e.leafHash());
        }
    }

    public record TreeHeadView(long treeSize, String rootHash, Instant timestamp, String keyId, String algorithm,
            String signature) {
        static TreeHeadView of(TreeHead h) {
            return new TreeHeadView(h.size(), h.rootHash(), h.timestamp(), h.keyId(), h.algorithm(), h.signature());
        }
    }

    public record ProofView(long treeSize, String rootHash, List<String> proof, Long leafIndex, String leafHash,
            Long firstSize, String firstRootHash) {
    }

    /** Progress of one commitment line; amounts in GBP. */
    public record ProgressView(int line, @Schema(ref = "ContributionType") ContributionType type, String measureCode, BigDecimal committedQuantity,
            BigDecimal committedValue, BigDecimal recordedQuantity, BigDecimal recordedValue, BigDecimal confirmedQuantity,
            BigDecimal confirmedValue, BigDecimal disputedQuantity, BigDecimal disputedValue) {
        public static ProgressView of(LineProgress p) {
            return new ProgressView(p.line(), p.type(), p.measureCode(), p.committedQuantity(), p.committedValue().amount(),
                    p.recordedQuantity(), p.recordedValue().amount(), p.confirmedQuantity(), p.confirmedValue().amount(),
                    p.disputedQuantity(), p.disputedValue().amount());
        }
    }

    public record PublicKeyView(String keyId, String algorithm, String publicKey) {
    }

    /** A contribution as the supplier records it. */
    @Schema(description = "A contribution delivered under a commitment line of a contracted agreement",
            example = "{\"type\": \"FINANCIAL\", \"value\": 1500.00, \"measureCode\": \"NT1\", \"deliveryDate\": \"2027-03-01\", "
                    + "\"commitmentLine\": 1, \"description\": \"Coach fees paid\"}")
    public record ContributionJson(@Schema(ref = "ContributionType", required = true) @NotNull ContributionType type,
            @Digits(integer = 12, fraction = 3, message = "at most 3 decimal places") BigDecimal quantity,
            @Size(max = 40) String unit,
            @Digits(integer = 10, fraction = 2, message = "an amount in GBP has at most 2 decimal places") BigDecimal value,
            @NotBlank @Size(max = 40) String measureCode, String territory, @NotNull LocalDate deliveryDate,
            Integer commitmentLine, @Size(max = 2000) String description,
            @Pattern(regexp = "[0-9a-f]{64}", message = "the SHA-256 of the evidence file, 64 lower-case hex digits") String evidenceHash,
            @Size(max = 200) String evidenceName) {

        public RecordContribution.Request request() {
            return new RecordContribution.Request(type, quantity, unit, value, measureCode, territory, deliveryDate,
                    commitmentLine, description, evidenceHash, evidenceName);
        }
    }

    public record DisputeJson(@NotBlank @Size(max = 2000) String reason) {
    }

    public record CorrectionJson(boolean reversal,
            @Digits(integer = 12, fraction = 3, message = "at most 3 decimal places") BigDecimal quantity,
            @Digits(integer = 10, fraction = 2, message = "an amount in GBP has at most 2 decimal places") BigDecimal value,
            @NotBlank @Size(max = 2000) String reason) {

        CorrectContribution.Request request() {
            return new CorrectContribution.Request(reversal, quantity, value, reason);
        }
    }

    @Inject
    ValidateContribution validation;

    @Inject
    CorrectContribution correction;

    @Inject
    LedgerReads reads;

    @Inject
    LedgerProofs proofs;

    @Inject
    LedgerExport exports;

    @Inject
    CurrentActor actor;

    // ---------------------------------------------------------------- recording

    @POST
    @Path("ledger/entries/{seq}/confirmation")
    @RolesAllowed(Role.Names.PROVIDER)
    @Operation(operationId = "confirmContribution", summary = "Confirm a recorded contribution (a provider named in the agreement)")
    @APIResponse(responseCode = "201", description = "Created: the confirmation entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response confirm(@PathParam("seq") String seq) {
        return created(validation.confirm(actor.get(), sequence(seq)));
    }

    @POST
    @Path("ledger/entries/{seq}/dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROVIDER)
    @Operation(operationId = "disputeContribution", summary = "Dispute a recorded contribution, with a reason (a provider named in the agreement)")
    @APIResponse(responseCode = "201", description = "Created: the dispute entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response dispute(@PathParam("seq") String seq, @NotNull(message = "a JSON body is required") @Valid DisputeJson d) {
        return created(validation.dispute(actor.get(), sequence(seq), d.reason()));
    }

    @POST
    @Path("ledger/entries/{seq}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPPLIER)
    @Operation(operationId = "correctContribution", summary = "Reverse or amend a contribution the supplier recorded, with a reason")
    @APIResponse(responseCode = "201", description = "Created: the correction entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response correct(@PathParam("seq") String seq,
            @NotNull(message = "a JSON body is required") @Valid CorrectionJson c) {
        return created(correction.correct(actor.get(), sequence(seq), c.request()));
    }

    // ---------------------------------------------------------------- auditor surface

    @GET
    @Path("ledger/entries")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.BUYER})
    @Operation(operationId = "listLedgerEntries", summary = "Entries (auditor: all; parties: those of their agreements), from <= seq < to")
    public List<EntryView> entries(@QueryParam("agreement") String agreement, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return reads.entries(actor.get(), Optional.ofNullable(agreement).filter(a -> !a.isBlank()).map(SpoReference::fromRequest),
                Params.longInteger("from", from, 0), to == null ? Long.MAX_VALUE : Params.longInteger("to", to, 0))
                .stream().map(EntryView::of).toList();
    }

    @GET
    @Path("ledger/entries/{seq}")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.BUYER})
    @Operation(operationId = "getLedgerEntry", summary = "One entry (auditor: any; parties: those of their agreements; others: 404)")
    public EntryView entry(@PathParam("seq") String seq) {
        return EntryView.of(reads.entry(actor.get(), sequence(seq)));
    }

    @GET
    @Path("ledger/tree-head")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.BUYER, Role.Names.SUPPLIER,
        Role.Names.PROVIDER, Role.Names.HUB})
    @Operation(operationId = "getTreeHead", summary = "The current signed tree head (size, root, time, signature)")
    public TreeHeadView treeHead() {
        return TreeHeadView.of(proofs.currentTreeHead());
    }

    @GET
    @Path("ledger/tree-heads")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN, Role.Names.OPERATOR})
    @Operation(operationId = "listTreeHeads", summary = "The stored checkpoints (signed tree heads), oldest first")
    public List<TreeHeadView> treeHeads() {
        return proofs.treeHeads().stream().map(TreeHeadView::of).toList();
    }

    @POST
    @Path("ledger/checkpoints")
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.ADMIN})
    @Operation(operationId = "createCheckpoint", summary = "Sign and store the current tree head (what the nightly checkpoint job does)")
    @APIResponse(responseCode = "201", description = "Created: the signed and stored tree head", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreeHeadView.class)))
    public Response checkpoint() {
        return Response.status(201).entity(TreeHeadView.of(proofs.checkpoint(actor.get()))).build();
    }

    @GET
    @Path("ledger/proofs/inclusion")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.BUYER})
    @Operation(operationId = "getInclusionProof", summary = "RFC 9162 inclusion proof of entry seq in the tree of treeSize entries")
    public ProofView inclusion(@QueryParam("seq") String seq, @QueryParam("treeSize") String treeSize) {
        long index = required("seq", seq);
        long size = required("treeSize", treeSize);
        List<String> proof = proofs.inclusionProof(actor.get(), index, size);
        return new ProofView(size, proofs.root(size), proof, index, null, null, null);
    }

    @GET
    @Path("ledger/proofs/consistency")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.BUYER})
    @Operation(operationId = "getConsistencyProof", summary = "RFC 9162 consistency proof between tree sizes first and second")
    public ProofView consistency(@QueryParam("first") String first, @QueryParam("second") String second) {
        long m = required("first", first);
        long n = required("second", second);
        List<String> proof = proofs.consistencyProof(m, n); // validates the sizes first
        return new ProofView(n, proofs.root(n), proof, null, null, m, proofs.root(m));
    }

    @GET
    @Path("ledger/public-keys")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.BUYER, Role.Names.SUPPLIER,
        Role.Names.PROVIDER, Role.Names.HUB})
    @Operation(operationId = "listPublicKeys", summary = "The public key(s) that verify tree-head signatures")
    public List<PublicKeyView> publicKeys() {
        return List.of(new PublicKeyView(proofs.keyId(), proofs.algorithm(), proofs.publicKeyPem()));
    }

    @GET
    @Path("ledger/export")
    @Produces("application/x-ndjson")
    @RolesAllowed(Role.Names.AUDITOR)
    @Operation(operationId = "exportLedger", summary = "JSON Lines, streamed: one entry per line with its canonical bytes (Base64) and the personal data "
            + "still held; the offline verifier reads it")
    @APIResponse(responseCode = "200", description = "JSON Lines: one entry per line", content = @Content(mediaType = "application/x-ndjson",
            schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        long start = Params.longInteger("from", from, 0);
        long end = to == null ? exports.size() : Params.longInteger("to", to, 0);
        Actor caller = actor.get();
        exports.check(caller, start, end); // refusals before the stream starts
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            exports.export(caller, start, end, line -> {
                try {
                    writer.write(JsonExportLines.json(line));
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(body).build();
    }

    @DELETE
    @Path("ledger/entries/{seq}/personal-data")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "erasePersonalData", summary = "Erase the personal data behind an entry's commitments (crypto-shredding); proofs stay valid")
    @APIResponse(responseCode = "200", description = "The entry and how many personal-data fields were erased", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"sequence", "erasedFields"}, properties = {
                @SchemaProperty(name = "sequence", type = SchemaType.INTEGER, format = "int64"),
                @SchemaProperty(name = "erasedFields", type = SchemaType.INTEGER, format = "int32")})))
    public Response erase(@PathParam("seq") String seq) {
        int erased = reads.erasePersonalData(actor.get(), sequence(seq));
        return Response.ok(Json.createObjectBuilder().add("sequence", sequence(seq)).add("erasedFields", erased).build()
                .toString()).type(MediaType.APPLICATION_JSON).build();
    }

    static Response created(LedgerEntry entry) {
        return Response.created(URI.create("ledger/entries/" + entry.sequence())).entity(EntryView.of(entry)).build();
    }

    private static long sequence(String seq) {
        return required("seq", seq);
    }

    private static long required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter",
                    "The parameter '" + name + "' is required.", List.of(new FieldError(name, "is required")));
        }
        return Params.longInteger(name, value, 0);
    }
}
