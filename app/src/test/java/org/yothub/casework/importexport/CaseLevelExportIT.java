package org.yothub.casework.importexport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.token;
import static org.yothub.casework.CaseworkFixtures.unique;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;

@MicronautTest(transactional = false)
class CaseLevelExportIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private byte[] export(String tenant, String file) {
        return http().retrieve(HttpRequest.GET("/api/v1/exports/case-level/" + file + ".csv")
                .bearerAuth(token(http(), tenant, "performance")), byte[].class);
    }

    private Map<String, byte[]> exportAll(String tenant) {
        Map<String, byte[]> out = new HashMap<>();
        CaseLevelFormat.FILES.forEach(f -> out.put(f, export(tenant, f)));
        return out;
    }

    private static List<List<String>> rowsWithPrefix(byte[] csv, String prefix) {
        return CaseLevelFiles.parse(new String(csv, StandardCharsets.UTF_8)).stream()
                .filter(r -> r.stream().anyMatch(v -> v.startsWith(prefix + "-"))).toList();
    }

    @Test
    void refusesUnauthenticatedUsersAndCaseManagers() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http().exchange(HttpRequest.GET("/api/v1/exports/case-level/children.csv")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        e = assertThrows(HttpClientResponseException.class, () -> http().exchange(HttpRequest.GET("/api/v1/exports/case-level.zip")
                .bearerAuth(token(http(), "southampton", "case.manager"))));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }

    @Test
    void answersNotFoundForAnUnknownFile() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> export("southampton", "secrets"));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    @Test
    void exportsWhatWasImportedAndReimportingTheExportChangesNothing() {
        String p = unique("RT");
        CaseLevelFiles files = CaseLevelImportIT.sample(p);
        http().retrieve(files.request().bearerAuth(token(http(), "southampton", "performance")), MAP);
        Map<String, byte[]> first = exportAll("southampton");
        for (String f : CaseLevelFormat.FILES) {
            assertEquals(files.rows(f), rowsWithPrefix(first.get(f), p), f);
            assertTrue(new String(first.get(f), StandardCharsets.UTF_8).startsWith(String.join(",", CaseLevelFormat.columns(f))));
        }
        MultipartBody.Builder body = MultipartBody.builder();
        first.forEach((f, bytes) -> body.addPart(f, f + ".csv", MediaType.of("text/csv"), bytes));
        Map<String, Object> counts = http().retrieve(HttpRequest.POST("/api/v1/imports/case-level", body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token(http(), "southampton", "yot.manager")), MAP);
        assertEquals(CaseLevelFiles.parse(new String(first.get("outcomes"), StandardCharsets.UTF_8)).size(), counts.get("outcomes"));
        Map<String, byte[]> second = exportAll("southampton");
        for (String f : CaseLevelFormat.FILES) {
            assertArrayEquals(first.get(f), second.get(f), f);
        }
    }

    @Test
    void exportsOnlyTheOwnTenantsRecords() {
        String p = unique("RT");
        http().retrieve(CaseLevelImportIT.sample(p).request().bearerAuth(token(http(), "southampton", "performance")), MAP);
        for (String f : CaseLevelFormat.FILES) {
            assertTrue(rowsWithPrefix(export("portsmouth", f), p).isEmpty(), f);
        }
    }

    @Test
    void zipsAllFiveFiles() throws Exception {
        HttpResponse<byte[]> r = http().exchange(HttpRequest.GET("/api/v1/exports/case-level.zip")
                .bearerAuth(token(http(), "southampton", "team.manager")), byte[].class);
        assertEquals("application/zip", r.getContentType().orElseThrow().getName());
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(5, entries.size());
        assertTrue(entries.get("victims.csv").startsWith("victim_ref,offence_ref"));
        assertFalse(entries.get("children.csv").isBlank());
        Object last = CaseworkFixtures.scalar("southampton", "SELECT action || '/' || outcome FROM audit_event WHERE "
                + "tenant_id = 'southampton' AND entity_type = 'case_level' ORDER BY seq DESC LIMIT 1");
        assertEquals("export/success", last);
        // the zip reveals every child of the YOT: each has an export event, in one run of the chain
        assertEquals(CaseworkFixtures.scalar("southampton", "SELECT count(*) FROM child"), CaseworkFixtures.scalar("southampton",
                "SELECT count(*) FROM audit_event WHERE tenant_id = 'southampton' AND entity_type = 'child' AND action = 'export' "
                + "AND request_id = (SELECT request_id FROM audit_event WHERE tenant_id = 'southampton' AND entity_type = "
                + "'case_level' ORDER BY seq DESC LIMIT 1)"));
    }
}
