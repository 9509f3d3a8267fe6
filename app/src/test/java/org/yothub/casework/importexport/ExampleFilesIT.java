package org.yothub.casework.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.token;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example set shipped in docs/examples/case-level imports as documented. */
@MicronautTest(transactional = false)
class ExampleFilesIT {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples", "case-level");
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theDocumentedExampleSetImports() throws Exception {
        MultipartBody.Builder body = MultipartBody.builder();
        for (String f : CaseLevelFormat.FILES) {
            body.addPart(f, f + ".csv", MediaType.of("text/csv"), Files.readAllBytes(EXAMPLES.resolve(f + ".csv")));
        }
        Map<String, Object> counts = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/imports/case-level", body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(token(client.toBlocking(), "leicestershire", "performance")), MAP);
        assertEquals(Map.of("children", 3, "outcomes", 5, "interventions", 3, "remands", 2, "victims", 3), counts);
    }
}
