package org.yothub.casework.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.token;
import static org.yothub.casework.CaseworkFixtures.unique;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The import's throughput on a 20,000-outcome file set, end to end over HTTP after one warm-up
 * import (target: at least 20,000 outcome rows a second on an otherwise idle machine). The
 * assertion is a regression floor that holds on a busy shared build machine; the rate is printed.
 */
@MicronautTest(transactional = false)
class CaseLevelImportSpeedIT {
    private static final List<String> CODES = List.of("CR", "YC", "YCC", "DISCH", "FINE", "RO", "REP", "YRO", "YRO_ISS", "DTO");
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void importsTwentyThousandOutcomesQuickly() {
        String p = unique("SP");
        CaseLevelFiles files = new CaseLevelFiles();
        int children = 7000;
        int outcomes = 20000;
        for (int c = 0; c < children; c++) {
            files.row("children", p + "-C" + c, LocalDate.of(2004 + c % 6, 1 + c % 12, 1 + c % 28).toString(),
                    c % 5 == 0 ? "F" : "M", "White", c % 9 == 0 ? "Y" : "N", "Speedy", "Child" + c, "", "");
        }
        for (int o = 0; o < outcomes; o++) {
            int c = o % children;
            LocalDate offence = LocalDate.of(2020 + o % 5, 1 + o % 12, 1 + o % 28);
            String code = CODES.get(o % CODES.size());
            files.row("outcomes", p + "-C" + c, p + "-O" + o, offence.toString(), "theft_and_handling",
                    String.valueOf(1 + o % 8), o % 17 == 0 ? "Y" : "N", offence.plusDays(30 + o % 60).toString(), code,
                    code.equals("DTO") ? offence.plusDays(200).toString() : "");
        }
        client.toBlocking().retrieve(CaseLevelImportIT.sample(unique("WARM")).request()
                .bearerAuth(token(client.toBlocking(), "southampton", "performance")), MAP);
        long start = System.nanoTime();
        Map<String, Object> counts = client.toBlocking().retrieve(files.request("children", "outcomes")
                .bearerAuth(token(client.toBlocking(), "southampton", "performance")), MAP);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(outcomes, counts.get("outcomes"));
        double rate = outcomes / seconds;
        System.out.printf("[import speed] %d children and %d outcomes in %.2f s: %d outcome rows/s%n", children, outcomes,
                seconds, Math.round(rate));
    }
}
