package org.yothub.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantFileParserTest {
    private static final String VALID = """
            code: testshire
            name: Testshire YOT
            area: Testshire
            region: South East
            family: [portsmouth, "Bristol"]
            population: {2023: 18250, 2024: 18300}
            users:
              - {username: case.manager, name: "A Person", roles: [case_manager], password: "demo-password"}
            """;

    private static TenantDefinition parse(String yaml, boolean demo) {
        return new TenantFileParser("tenants/testshire/tenant.yml", demo).parseTenant(yaml, "testshire");
    }

    @Test
    void readsAValidFileWithDefaults() {
        TenantDefinition t = parse(VALID, true);
        assertEquals("Testshire YOT", t.name());
        assertEquals(18250, t.population().get(2023));
        assertEquals(TenantSettings.defaults(), t.settings());
        assertEquals(List.of("portsmouth", "Bristol"), t.family());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "code: testshire|code: Test-Shire|key 'code': must be lower-case letters only",
        "region: South East|colour: blue|key 'colour': unknown key",
        "population: {2023: 18250, 2024: 18300}|population: {2023: lots}|key 'population.2023': must be a positive whole number",
        "roles: [case_manager]|roles: [wizard]|key 'users[0].roles': unknown or not allowed here: 'wizard'",
        "name: Testshire YOT|name: ''|key 'name': must be non-empty text",
    })
    void rejectsAMalformedFileNamingFileKeyAndProblem(String from, String to, String expected) {
        TenantFileException e = assertThrows(TenantFileException.class, () -> parse(VALID.replace(from, to), true));
        assertTrue(e.getMessage().startsWith("tenants/testshire/tenant.yml: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void rejectsPlainPasswordsOutsideDemoMode() {
        TenantFileException e = assertThrows(TenantFileException.class, () -> parse(VALID, false));
        assertTrue(e.getMessage().contains("key 'users[0].password': a plain password is accepted only in demo mode"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownSettingAndAnOutOfRangeBand() {
        assertTrue(assertThrows(TenantFileException.class, () -> parse(VALID + "settings: {rag: {custody: {green: 1, red: 2}}}\n", true))
                .getMessage().contains("key 'settings.rag.custody': unknown measure"));
        assertTrue(assertThrows(TenantFileException.class, () -> parse(VALID + "settings: {risk_bands: {high: 5, medium: 9}}\n", true))
                .getMessage().contains("key 'settings.risk_bands': need 1 <= medium < high <= 25"));
        assertTrue(assertThrows(TenantFileException.class, () -> parse(VALID
                + "settings: {scaled_approach_bands: {enhanced_from_asset: 33, intensive_from_asset: 15}}\n", true))
                .getMessage().contains("key 'settings.scaled_approach_bands': need 1 <= enhanced_from_asset < intensive_from_asset <= 64"));
    }

    @Test
    void readsTheTenantsAssetBandsForTheScaledApproach() {
        TenantSettings s = parse(VALID + "settings: {scaled_approach_bands: {enhanced_from_asset: 18}}\n", true).settings();
        assertEquals(new TenantSettings.ScaledApproachBands(18, 33), s.scaledApproachBands());
    }

    @Test
    void rejectsAFolderNameMismatchAndBrokenYaml() {
        assertTrue(assertThrows(TenantFileException.class, () -> new TenantFileParser("f", true).parseTenant(VALID, "other"))
                .getMessage().contains("key 'code': must match its folder name 'other'"));
        assertTrue(assertThrows(TenantFileException.class, () -> parse("code: [unclosed", true))
                .getMessage().contains("not valid YAML"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"southampton", "portsmouth", "leicestershire"})
    void theShippedTenantFilesAreValid(String code) throws Exception {
        Path file = Path.of(System.getProperty("yothub.tenants.dir", "../tenants"), code, "tenant.yml");
        TenantDefinition t = new TenantFileParser(file.toString(), true).parseTenant(Files.readString(file), code);
        assertEquals(code, t.code());
        assertTrue(t.population().containsKey(2023));
        assertTrue(t.users().size() >= 7);
    }
}
