package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The KPI figures in the console, on {@link KpiRollupIT}'s seeded agreement rolled up by the
 * {@code kpi-rollup} job (through the batch REST API): its supplier sees its figures by month, the chart and
 * the table agreeing with the API's {@code /api/v1/kpis} for the same months; a month's link shows the
 * agreement they come from and the valuation; the CSV link gives the API's CSV; a bad month is the error
 * summary with the input kept; another supplier sees none of them. Each page passes axe at desktop width,
 * at 320 px and on a 390 × 844 phone, with screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleKpiIT extends ConsoleTest {

    static final YearMonth FROM = KpiRollupIT.M0.minusMonths(11);
    static final YearMonth TO = KpiRollupIT.M0;
    static final String MONTHS = "from=" + FROM + "&to=" + TO;

    @BeforeAll
    static void rolledUp() throws Exception {
        KpiRollupIT.seed();
        long instance = BatchApi.submit("kpi-rollup", "{}");
        JsonObject run = BatchApi.waitForEnd(instance);
        assertEquals("COMPLETED", run.getString("batchStatus"), run::toString);
    }

    @Test
    @Order(1)
    void theSupplierSeesItsFiguresByMonthAsTheApiGivesThem() {
        join(KpiRollupIT.SUPPLIER_ORG, "supplier");
        browser.follow("Figures");
        assertEquals("Figures", browser.heading());
        browser.type("from", FROM.toString());
        browser.type("to", TO.toString());
        browser.press("Show figures");

        // the API's rows for the same months, added up per month as the page does
        Map<String, BigDecimal[]> api = new TreeMap<>();
        for (JsonValue value : Api.array(Api.get("/api/v1/kpis?" + MONTHS, KpiRollupIT.SUPPLIER))) {
            JsonObject row = value.asJsonObject();
            assertEquals(KpiRollupIT.SUPPLIER_ORG, row.getString("supplier"));
            BigDecimal[] sums = api.computeIfAbsent(row.getString("month"), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            String[] figures = {"committedValue", "recordedValue", "confirmedValue", "disputedValue", "contributions"};
            for (int i = 0; i < figures.length; i++) {
                sums[i] = sums[i].add(row.getJsonNumber(figures[i]).bigDecimalValue());
            }
        }
        assertTrue(api.containsKey(TO.minusMonths(1).toString()), api::toString);

        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#figures tbody tr"));
        Set<String> months = new TreeSet<>();
        List<String> table = new ArrayList<>();
        for (WebElement row : rows) {
            String month = row.getAttribute("data-key");
            months.add(month);
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            BigDecimal[] sums = api.getOrDefault(month, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO});
            assertEquals(List.of(pounds(sums[0]), pounds(sums[1]), pounds(sums[2]), pounds(sums[3]), sums[4].toBigInteger().toString()),
                    cells.subList(0, 5), month);
            String label = row.findElement(By.tagName("th")).getText().split("\n")[0].replace(": where these figures come from", "").strip();
            assertEquals(YearMonth.parse(month).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)), label);
            table.addAll(List.of(label, "Committed", cells.get(0), "Recorded", cells.get(1), "Confirmed", cells.get(2)));
        }
        assertTrue(months.containsAll(api.keySet()), () -> months + " lacks some of " + api.keySet());
        assertEquals(table, browser.driver.findElements(By.cssSelector("#figures-chart text")).stream()
                .map(WebElement::getText).toList(), "the chart draws the table's figures");
        assertEquals(pounds(api.values().stream().map(s -> s[1]).reduce(BigDecimal.ZERO, BigDecimal::add)),
                browser.text("total-recorded"));
        assertTrue(browser.has("sroi"), "the SROI of the rows");
        browser.checkPage("kpis");
        onAPhone("kpis");
    }

    @Test
    @Order(2)
    void aMonthsFiguresLinkToTheirAgreementAndValuation() {
        String month = TO.minusMonths(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        browser.followPartly(month);
        assertEquals("Where the figures come from", browser.heading());
        assertTrue(browser.text("agreements").contains(KpiRollupIT.agreement), browser.text("agreements"));
        assertTrue(browser.text("valuations").contains("NT1"), browser.text("valuations"));
        assertTrue(browser.text("rows").contains("NT7 (hours)"), browser.text("rows"));
        browser.checkPage("kpi-sources");
        onAPhone("kpi-sources");
        browser.follow(KpiRollupIT.agreement);
        assertTrue(browser.heading().length() > 0);
    }

    @Test
    @Order(3)
    void theCsvLinkGivesTheApisCsvOfTheSameRows() {
        browser.open("/kpis?" + MONTHS);
        String href = browser.driver.findElement(By.id("download-csv")).getAttribute("href");
        // the link followed with the browser's cookies (session and sign-in), read as the bytes sent (a browser's fetch would hand its text
        // through the driver, which does not keep the CSV's CR LF line ends)
        HttpResponse<String> csv = Api.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; "))).GET());
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=UTF-8", csv.headers().firstValue("Content-Type").orElse("").replace("utf-8", "UTF-8"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("kpis.csv"));
        String api = Api.get("/api/v1/kpis?" + MONTHS, KpiRollupIT.SUPPLIER, "text/csv").body();
        assertTrue(api.split("\r\n").length > 2, api);
        assertEquals(api, csv.body());
    }

    @Test
    @Order(4)
    void aBadMonthIsTheErrorSummaryWithTheInputKept() {
        browser.open("/kpis");
        browser.type("from", "2026-13");
        browser.type("to", TO.toString());
        browser.press("Show figures");
        assertTrue(browser.text("error-summary").contains("First month must be a month written like 2026-03"),
                browser.text("error-summary"));
        assertEquals("2026-13", browser.driver.findElement(By.id("from")).getAttribute("value"));
        assertEquals(TO.toString(), browser.driver.findElement(By.id("to")).getAttribute("value"));
        assertFalse(browser.has("figures"), "no figures for a bad filter");
        browser.checkPage("kpis-error");
        onAPhone("kpis-error");

        ConsoleSignIn client = new ConsoleSignIn();
        client.signIn("sam@supplier.example", "dev-supplier-password");
        HttpResponse<String> reversed = client.get("/kpis?from=" + TO + "&to=" + FROM);
        assertEquals(400, reversed.statusCode());
        assertTrue(reversed.body().contains("Last month must be the same as or after the first month"));
        assertEquals("no-store", reversed.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    @Order(5)
    void anotherSupplierSeesNoneOfThem() {
        ConsoleSignIn other = new ConsoleSignIn();
        other.signIn("sam@supplier.example", "dev-supplier-password");

        HttpResponse<String> theirs = other.get("/kpis?supplier=" + KpiRollupIT.SUPPLIER_ORG + "&" + MONTHS);
        assertEquals(403, theirs.statusCode());
        assertTrue(theirs.body().contains("These figures are not yours to see"), theirs.body());

        HttpResponse<String> own = other.get("/kpis?" + MONTHS + "&group=supplier");
        assertEquals(200, own.statusCode());
        String figures = own.body().contains("id=\"figures\"")
                ? own.body().substring(own.body().indexOf("id=\"figures\""), own.body().indexOf("</table>", own.body().indexOf("id=\"figures\"")))
                : "";
        Matcher keys = Pattern.compile("data-key=\"([^\"]*)\"").matcher(figures);
        while (keys.find()) {
            assertEquals(Story.SUPPLIER_A_ORG, keys.group(1), "only its own figures");
        }
        HttpResponse<String> csv = other.get("/kpis/csv?" + MONTHS);
        assertEquals(200, csv.statusCode());
        assertFalse(csv.body().contains(KpiRollupIT.SUPPLIER_ORG), csv.body());
        assertEquals(403, other.get("/kpis/sources?supplier=" + KpiRollupIT.SUPPLIER_ORG + "&group=month&key=" + TO).statusCode());
    }

    /** The page now shown on a 390 × 844 phone: no axe violation, and a screenshot. */
    private static void onAPhone(String name) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.assertNoAxeViolations(name + " at 390 × 844");
            browser.screenshot(name + "-phone");
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static String pounds(BigDecimal amount) {
        return new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
