package org.dualimpact.kernel.organisation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"GB-COH-01234567", "GB-COH-SC123456", "GB-CHC-1190001", "GB-CHC-212345",
        "GB-SC-SC012345", "GB-NIC-100001", "GB-PFA-E23000029", "GB-GOR-PB123"})
    void acceptsRegisterIdentifiers(String value) {
        assertTrue(OrganisationId.isValid(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GB-COH-123", "GB-COH-0123456X", "GB-CHC-12AB", "GB-SC-012345",
        "GB-NIC-12345", "gb-coh-01234567", "US-EIN-123456789", "GB-PFA-", "GB-PFA-E2300 029"})
    void refusesMalformedIdentifiers(String value) {
        assertFalse(OrganisationId.isValid(value));
    }
}
