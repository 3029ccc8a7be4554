package org.dualimpact.kernel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;

import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.diagnostic.AssessmentId;
import org.dualimpact.kernel.diagnostic.FrameworkId;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.mapping.MappingId;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.scoring.BidId;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.territory.RegionCode;
import org.dualimpact.kernel.territory.TerritoryCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The identifiers the resources parse from a request path: a malformed one names nothing, so it is "not found". */
class RequestIdentifiersTest {

    static Stream<Arguments> parsers() {
        return Stream.of(
                Arguments.of("tender-not-found", (Function<String, Object>) TenderReference::fromRequest),
                Arguments.of("bid-not-found", (Function<String, Object>) BidId::fromRequest),
                Arguments.of("provision-not-found", (Function<String, Object>) ProvisionId::fromRequest),
                Arguments.of("organisation-not-found", (Function<String, Object>) OrganisationId::fromRequest),
                Arguments.of("territory-not-found", (Function<String, Object>) TerritoryCode::fromRequest),
                Arguments.of("region-not-found", (Function<String, Object>) RegionCode::fromRequest),
                Arguments.of("catalogue-not-found", (Function<String, Object>) CatalogueId::fromRequest),
                Arguments.of("mapping-not-found", (Function<String, Object>) MappingId::fromRequest),
                Arguments.of("assessment-not-found", (Function<String, Object>) AssessmentId::fromRequest),
                Arguments.of("framework-not-found", (Function<String, Object>) FrameworkId::fromRequest),
                Arguments.of("framework-not-found", (Function<String, Object>) ValueFrameworkId::fromRequest));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void aMalformedIdentifierIsRefusedAsNotFoundOfItsKind(String code, Function<String, Object> parse) {
        DomainException refused = assertThrows(DomainException.class, () -> parse.apply("x'; drop"));

        assertEquals(DomainException.Kind.NOT_FOUND, refused.kind());
        assertEquals(code, refused.code());
        assertTrue(refused.getMessage().contains("x'; drop"), refused.getMessage());
    }
}
