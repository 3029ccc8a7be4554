package org.dualimpact.kernel.provision;

import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_2;
import static org.dualimpact.kernel.testing.TestKernel.SOUTH_EAST;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.testing.Requests;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spotlight through {@link ProvisionService} over the in-memory store. */
class SpotlightTest {

    private final TestKernel kernel = new TestKernel();
    private String digital;
    private String larder;
    private String pending;

    @BeforeEach
    void provisions() {
        kernel.registerParties();
        digital = kernel.provisions.publish(PROVIDER_1, Requests.digitalSkillsClub()).id().value();
        kernel.clock.advance(Duration.ofHours(1));
        larder = kernel.provisions.publish(PROVIDER_2, Requests.communityLarder()).id().value();
        kernel.clock.advance(Duration.ofHours(1));
        pending = kernel.provisions.publish(PROVIDER_2, Requests.communityLarder()).id().value();
        kernel.provisions.audit(BUYER, new ProvisionId(digital), AuditStatus.AUDITED, null);
        kernel.provisions.audit(BUYER, new ProvisionId(larder), AuditStatus.AUDITED, null);
    }

    @Test
    void onlyAuditedProvisionsAppearInTitleOrNewestOrder() {
        assertEquals(List.of(larder, digital), ids(search(null, null, null, null, SpotlightQuery.Sort.TITLE, 0, 10)));
        assertEquals(List.of(larder, digital), ids(search(null, null, null, null, SpotlightQuery.Sort.NEWEST, 0, 10)));
        kernel.provisions.audit(BUYER, new ProvisionId(pending), AuditStatus.AUDITED, null);
        assertEquals(List.of(pending, larder, digital),
                ids(search(null, null, null, null, SpotlightQuery.Sort.NEWEST, 0, 10)));
        kernel.provisions.audit(BUYER, new ProvisionId(larder), AuditStatus.SUSPENDED, "Closed for refurbishment");
        assertEquals(List.of(pending, digital), ids(search(null, null, null, null, SpotlightQuery.Sort.NEWEST, 0, 10)));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of(larder, digital), ids(search(THAMES_VALLEY, SOUTH_EAST, NeedType.MONEY, null,
                SpotlightQuery.Sort.TITLE, 0, 10)));
        assertEquals(List.of(digital), ids(search(null, SOUTH_EAST, NeedType.VOLUNTEERING, null,
                SpotlightQuery.Sort.TITLE, 0, 10)));
        assertEquals(List.of(larder), ids(kernel.provisions.spotlight(null, null, null, "NT-FOOD-2", null,
                SpotlightQuery.Sort.TITLE, 0, 10)));
        assertEquals(List.of(larder), ids(search(null, null, null, "READING", SpotlightQuery.Sort.TITLE, 0, 10)));
        assertEquals(List.of(), ids(search(null, null, NeedType.IN_KIND, "reading", SpotlightQuery.Sort.TITLE, 0, 10)));
    }

    @Test
    void resultsArePaged() {
        Page<Provision> first = search(null, null, null, null, SpotlightQuery.Sort.TITLE, 0, 1);
        Page<Provision> second = search(null, null, null, null, SpotlightQuery.Sort.TITLE, 1, 1);
        Page<Provision> beyond = search(null, null, null, null, SpotlightQuery.Sort.TITLE, 2, 1);

        assertEquals(List.of(larder), ids(first));
        assertEquals(List.of(digital), ids(second));
        assertEquals(List.of(), ids(beyond));
        assertEquals(List.of(2L, 2L, 2L), List.of(first.total(), second.total(), beyond.total()));
        assertEquals(1, second.page());
    }

    @Test
    void aBadSearchNamesEveryBadField() {
        DomainException e = assertThrows(DomainException.class, () -> kernel.provisions.spotlight("E99999999",
                "E12000007", null, null, "x".repeat(201), SpotlightQuery.Sort.TITLE, -1, 0));

        assertEquals(DomainException.Kind.INVALID_INPUT, e.kind());
        assertEquals("invalid-search", e.code());
        assertEquals(List.of("territory", "page", "size", "q"), e.fieldErrors().stream().map(FieldError::field)
                .filter(f -> !f.equals("region")).distinct().toList());
    }

    @Test
    void aPendingProvisionIsVisibleToItsProviderAndItsBuyersOnly() {
        assertEquals(pending, kernel.provisions.get(PROVIDER_2, new ProvisionId(pending)).id().value());
        assertEquals(pending, kernel.provisions.get(BUYER, new ProvisionId(pending)).id().value());
        DomainException e = assertThrows(DomainException.class, () -> kernel.provisions.get(SUPPLIER_1, new ProvisionId(pending)));
        assertEquals(DomainException.Kind.NOT_FOUND, e.kind());
        assertEquals("provision-not-found", e.code());
        assertEquals(List.of(pending, larder), kernel.provisions.listFor(PROVIDER_2).stream()
                .map(p -> p.id().value()).toList());
    }

    private Page<Provision> search(String territory, String region, NeedType need, String text, SpotlightQuery.Sort sort,
            int page, int size) {
        return kernel.provisions.spotlight(territory, region, need, null, text, sort, page, size);
    }

    private static List<String> ids(Page<Provision> page) {
        return page.items().stream().map(p -> p.id().value()).toList();
    }
}
