package org.yothub.casework.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class ContactPersonPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void addsAParentThroughTheForm() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String base = "/children/" + child.get("id");
        assertTrue(pages.get(base + "/contact-people/new").contains("Add a parent, carer or professional"));
        assertTrue(Pages.body(pages.rejected(base + "/contact-people", Map.of("kind", "parent_carer"))).contains("Name must not be blank"));
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/contact-people", Map.of("kind", "parent_carer",
                "name", "Jordan Parentsworth", "relationship", "Father", "parental_responsibility", "true")).getStatus());
        assertTrue(pages.get(base).contains("Jordan Parentsworth"));
    }
}
