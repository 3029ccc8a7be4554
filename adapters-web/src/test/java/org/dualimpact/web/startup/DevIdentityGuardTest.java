package org.dualimpact.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DevIdentityGuardTest {

    @Test
    void refusesTheDevelopmentProviderItsSecretAndAnInsecureCookie() {
        List<String> problems = DevIdentityGuard.problems("enabled", DevIdentityGuard.DEV_CONSOLE_SECRET, "false");

        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void refusesTheDevelopmentProviderAlone() {
        assertEquals(1, DevIdentityGuard.problems("enabled", "a-real-secret", "true").size());
    }

    @Test
    void acceptsARealProviderOverHttps() {
        assertTrue(DevIdentityGuard.problems("", "a-real-secret", "true").isEmpty());
    }
}
