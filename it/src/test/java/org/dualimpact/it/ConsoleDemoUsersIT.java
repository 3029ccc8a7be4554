package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo users README lists (issue 17: "signing in as each demo user shows their home"): each signs
 * in through the development OpenID provider with the password README gives, and lands straight on the
 * home of the organisation its demo membership names, with the links of its roles; each home passes axe
 * at both widths. Between users the browser signs out, at the provider too.
 */
class ConsoleDemoUsersIT extends ConsoleTest {

    private static final By SIGN_OUT = By.xpath("//button[normalize-space()='Sign out']");

    /** A demo user as README lists it, the heading of its home, and the list of links its role adds (or none). */
    record DemoUser(String email, String password, String home, String links) {

        @Override
        public String toString() {
            return email;
        }
    }

    static Stream<DemoUser> readmeUsers() {
        return Stream.of(
                new DemoUser("tess@buyer.example", "dev-buyer-password", "Thames Valley Police (GB-PFA-E23000029)", "buyer-links"),
                new DemoUser("sam@supplier.example", "dev-supplier-password", "Chiltern Facilities Services Ltd (demo) (GB-COH-09000001)", null),
                new DemoUser("kim@supplier.example", "dev-supplier-b-password", "Kennet Fleet Solutions Ltd (demo) (GB-COH-09000002)", null),
                new DemoUser("pat@provider.example", "dev-provider-password", "Oxford Youth Boxing Trust (demo) (GB-CHC-1190001)",
                        "provider-links"),
                new DemoUser("hana@hub.example", "dev-hub-password", "Thames Valley Impact Hub (demo) (GB-EDU-100001)", "hub-links"),
                new DemoUser("hugo@hub.example", "dev-hub-b-password", "Thames Valley Impact Hub (demo) (GB-EDU-100001)",
                        "hub-links"),
                new DemoUser("ada@admin.example", "dev-admin-password", "Dual Impact platform", null),
                new DemoUser("aude@auditor.example", "dev-auditor-password", "Dual Impact platform", "auditor-links"));
    }

    @ParameterizedTest
    @MethodSource("readmeUsers")
    void aDemoUserSignsInToTheHomeOfItsOrganisation(DemoUser user) {
        browser.open("/");
        if (!browser.driver.findElements(SIGN_OUT).isEmpty()) {
            browser.press("Sign out");
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.govuk-button--start")));
        }
        browser.driver.findElement(By.cssSelector("a.govuk-button--start")).click();
        browser.logIn(user.email(), user.password());

        assertEquals(Api.base() + "/", browser.driver.getCurrentUrl());
        assertEquals(user.home(), browser.heading());
        assertEquals(user.home(), browser.text("acting-for"));
        assertTrue(browser.has("tasks-heading"), "the home's tasks");
        if (user.links() != null) {
            assertTrue(browser.has(user.links()), "the links of the role: " + user.links());
        }
        browser.checkPage("home-" + user.email().substring(0, user.email().indexOf('@')));
    }
}
