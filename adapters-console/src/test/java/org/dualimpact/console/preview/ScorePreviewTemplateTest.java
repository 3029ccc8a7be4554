package org.dualimpact.console.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.dualimpact.console.Errors;
import org.dualimpact.console.Page;
import org.dualimpact.console.spo.SpoView;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Frequency;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoReference;
import org.junit.jupiter.api.Test;

/**
 * The score preview page rendered from the templates compiled by the build, for what the browser test
 * does not reach: the marks method (criteria and the scale, no net value to score by), a notice in place
 * of a preview, and the tender field marked.
 */
class ScorePreviewTemplateTest {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final OrganisationId SUPPLIER = new OrganisationId("GB-COH-09000001");

    @Test
    void theMarksMethodShowsTheCriteriaAndTheScaleTheEvaluatorsUse() {
        PreviewView marks = new PreviewView("TND-TVP-2026-0001", "Fleet maintenance", "Thames Valley Police", true,
                PreviewView.method(org.dualimpact.kernel.scoring.SocialValueMethod.MARKS), false, "60%", "30%", "10%", "None",
                "15 December 2026", List.of(new PreviewView.Criterion("MAC 2.2", "Create employment opportunities",
                        "PPN 06/20", true, "100%", List.of(), List.of(), "£0.00")),
                List.of(), List.of(new PreviewView.Band(0, "Unacceptable"), new PreviewView.Band(100, "Excellent: exceeds")));

        String html = render(Optional.of(marks), Optional.empty(), Errors.NONE);

        assertTrue(html.contains("MAC 2.2: Create employment opportunities"), html);
        assertTrue(html.contains("Provisional"), html);
        assertTrue(html.contains("How the evaluators mark each criterion"), html);
        assertTrue(html.contains("Excellent: exceeds"), html);
        assertTrue(html.contains("Price 60%, quality 30%, social value 10%"), html);
        assertTrue(html.contains("id=\"no-points\""), html);
        assertFalse(html.contains("Net value counting towards it"), "marks are not a net value");
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void aNoticeTakesThePlaceOfThePreviewAndAMalformedTenderIsMarked() {
        String html = render(Optional.empty(), Optional.of(new ScorePreviewPage.Notice("no-scoring", "No scoring set up yet",
                "The buyer has not yet published how TND-TVP-2026-0001 is scored.")),
                new Errors(List.of(new FieldError("tender", "Enter a tender reference like TND-TVP-2026-0001")), Optional.empty()));

        assertTrue(html.contains("id=\"no-scoring\""), html);
        assertTrue(html.contains("The buyer has not yet published how TND-TVP-2026-0001 is scored."), html);
        assertTrue(html.contains("<a href=\"#tender\">Enter a tender reference like TND-TVP-2026-0001</a>"), html);
        assertTrue(html.contains("govuk-select--error"), html);
        assertFalse(html.contains("id=\"preview-setup\""), html);
    }

    private static String render(Optional<PreviewView> preview, Optional<ScorePreviewPage.Notice> notice, Errors errors) {
        Actor actor = new Actor("sam", Optional.of(SUPPLIER.value()), Set.of(Role.SUPPLIER));
        SpoContent content = new SpoContent("Boxing club funding", null, Set.of(new OrganisationId("GB-CHC-1190001")),
                Set.of(new ProvisionId("PRV-00000000-0000-0000-0000-000000000001")), "E23000029", List.of(new Commitment(ContributionType.FINANCIAL, null, null,
                        new Money(new BigDecimal("50.00")), null, "NT1", "E23000029", null, LocalDate.of(2027, 4, 1),
                        LocalDate.of(2027, 4, 1), Frequency.ONE_OFF)));
        Spo spo = Spo.draft(SpoReference.of("TVP", 2026, 42), SUPPLIER, content, Optional.empty(), actor, Instant.parse("2026-12-15T10:00:00Z"));
        Map<String, Object> model = new HashMap<>();
        model.put("page", new Page("Score preview", "Dual Impact", Optional.empty()));
        model.put("spo", new SpoView(spo, actor));
        model.put("tenders", List.<String[]>of(new String[] {"TND-TVP-2026-0001", "TND-TVP-2026-0001: Fleet maintenance"}));
        model.put("tender", "TND-TVP-2026-0001");
        model.put("submitted", false);
        model.put("errors", errors);
        model.put("preview", preview);
        model.put("notice", notice);
        StringOutput output = new StringOutput();
        TEMPLATES.render("score-preview.jte", model, output);
        return output.toString();
    }
}
