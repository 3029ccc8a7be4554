package org.dualimpact.web.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dualimpact.kernel.diagnostic.AssessmentStatus;
import org.dualimpact.kernel.diagnostic.Benchmark;
import org.dualimpact.kernel.diagnostic.ConsolidatedAnswer;
import org.dualimpact.kernel.identity.InvitationState;
import org.dualimpact.kernel.identity.JoinRequestState;
import org.dualimpact.kernel.identity.MembershipKind;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.NeedType;
import org.dualimpact.kernel.scoring.SocialValueMethod;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Frequency;
import org.dualimpact.kernel.spo.ReviewVerdict;
import org.dualimpact.kernel.spo.SkillLevel;
import org.dualimpact.kernel.spo.SpoStage;
import org.dualimpact.kernel.tender.TenderStatus;
import org.dualimpact.web.problem.Problem;
import org.dualimpact.web.security.BearerAuthenticationFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The parts of the OpenAPI document that the annotation scanner cannot produce: the {@code Problem}
 * schema (RFC 9457 with field errors), the kernel's enums (the scanner sees only the web module's
 * classes, so a kernel enum would be an empty object; the values come from the enums themselves),
 * and the {@code ETag} and {@code Location} response headers. Views refer to them by name.
 */
public class ApiModel implements OASModelReader {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";

    /** Kernel enums that views and requests use, by schema name. */
    static final Map<String, Class<? extends Enum<?>>> ENUMS = enums();

    private static Map<String, Class<? extends Enum<?>>> enums() {
        Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("AnswerOutcome", ConsolidatedAnswer.Outcome.class);
        enums.put("AssessmentStatus", AssessmentStatus.class);
        enums.put("AuditStatus", AuditStatus.class);
        enums.put("BenchmarkScopeKind", Benchmark.ScopeKind.class);
        enums.put("ContributionType", ContributionType.class);
        enums.put("Frequency", Frequency.class);
        enums.put("InvitationState", InvitationState.class);
        enums.put("JoinRequestState", JoinRequestState.class);
        enums.put("MembershipKind", MembershipKind.class);
        enums.put("NeedType", NeedType.class);
        enums.put("OrganisationKind", OrganisationKind.class);
        enums.put("ReviewVerdict", ReviewVerdict.class);
        enums.put("SkillLevel", SkillLevel.class);
        enums.put("SocialValueMethod", SocialValueMethod.class);
        enums.put("SpoStage", SpoStage.class);
        enums.put("TenderStatus", TenderStatus.class);
        return enums;
    }

    /** The reusable parameter naming the organisation the caller acts for (header, or query parameter). */
    public static final String ACTING_FOR = "ActingFor";
    public static final String ACTING_FOR_QUERY = "ActingForQuery";

    @Override
    public OpenAPI buildModel() {
        var components = OASFactory.createComponents()
                .addSchema(PROBLEM, problem())
                .addSchema(FIELD_ERROR, fieldError())
                .addHeader(ETAG, OASFactory.createHeader()
                        .description("The version of the object; send it back as If-Match to change it")
                        .schema(string()))
                .addHeader(LOCATION, OASFactory.createHeader()
                        .description("The address of the created object, relative to /api/v1/")
                        .schema(string().format("uri-reference")));
        components.addParameter(ACTING_FOR, OASFactory.createParameter().in(Parameter.In.HEADER)
                        .name(BearerAuthenticationFilter.ACTING_FOR_HEADER).required(false).schema(string())
                        .description("The organisation the caller acts for, when the caller is a member of several "
                                + "(400 organisation-choice-required without it; 403 not-a-member for one it is not a "
                                + "member of). Accepted by every operation; also as the query parameter actingFor.")
                        .example("GB-COH-09000001"))
                .addParameter(ACTING_FOR_QUERY, OASFactory.createParameter().in(Parameter.In.QUERY)
                        .name(BearerAuthenticationFilter.ACTING_FOR_PARAMETER).required(false).schema(string())
                        .description("The organisation the caller acts for, where the header Dual-Impact-Organisation "
                                + "cannot be sent. Accepted by every operation.")
                        .example("GB-COH-09000001"));
        ENUMS.forEach((name, type) -> components.addSchema(name, OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(Arrays.stream(type.getEnumConstants()).<Object>map(Enum::name).toList())));
        return OASFactory.createOpenAPI().components(components);
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; errors names the fields that failed validation")
                .addProperty("type", string().format("uri")
                        .description("A stable URN " + Problem.TYPE_PREFIX + "<code>").addExample(Problem.TYPE_PREFIX + "stale-version"))
                .addProperty("title", string().description("The same for every occurrence of the type"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string().description("What went wrong in this occurrence"))
                .addProperty("instance", string().format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string().description("The field's path, such as needs[1].description"))
                .addProperty("message", string())
                .required(List.of("field", "message"));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

}
