package org.yothub.plans.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yothub.benchmarking.ReleaseJob;
import org.yothub.plans.PlanApi;
import org.yothub.plans.document.DocumentText;

/** The oversight report: YOTs named, from a benchmark release, for oversight users only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightReportIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ReleaseJob job;

    @BeforeAll
    void release() {
        job.run("test", LocalDate.of(2025, 7, 10));
    }

    @Test
    void onlyOversightUsersGetIt() {
        assertEquals(HttpStatus.UNAUTHORIZED, PlanApi.status(() -> client.toBlocking().exchange(
                HttpRequest.GET("/oversight-reports/report.xlsx"))));
        assertEquals(HttpStatus.FORBIDDEN, PlanApi.status(() -> new PlanApi(client.toBlocking(), "southampton", "yot.manager")
                .bytes("/oversight-reports/report.pdf")));
        assertEquals(HttpStatus.FORBIDDEN, PlanApi.status(() -> new PlanApi(client.toBlocking(), null, "peer.reviewer")
                .bytes("/oversight-reports/report.pdf")));
    }

    @Test
    void namesEveryYotInPageSpreadsheetAndPdf() throws Exception {
        PlanApi oversight = new PlanApi(client.toBlocking(), null, "oversight");
        String page = oversight.html("/oversight-reports?period=FY2024-25");
        assertTrue(page.contains("Southampton Youth Offending Service") && page.contains("Portsmouth"), "YOTs named");
        String pdf = DocumentText.pdf(oversight.bytes("/oversight-reports/report.pdf?period=FY2024-25"));
        assertTrue(pdf.contains("Oversight report FY2024-25") && pdf.contains("Leicestershire"));
        assertTrue(pdf.contains("BENCH-SDC v1"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(oversight.bytes("/oversight-reports/report.xlsx?period=FY2024-25")))) {
            var sheet = book.getSheetAt(0);
            assertEquals("measure", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean named = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                named |= sheet.getRow(r).getCell(4).getStringCellValue().contains("Southampton");
            }
            assertTrue(named);
        }
        String region = oversight.html("/oversight-reports?period=FY2024-25&region=South%20East");
        assertTrue(region.contains("Southampton") && !region.contains("Leicestershire and Rutland"), "a region report keeps to its region");
    }

    @Test
    void rejectsUnknownRegionsAndPeriods() {
        PlanApi oversight = new PlanApi(client.toBlocking(), null, "oversight");
        assertTrue(PlanApi.field(() -> oversight.html("/oversight-reports?region=Atlantis")).contains("region"));
        assertTrue(PlanApi.field(() -> oversight.bytes("/oversight-reports/report.pdf?period=FY1999-00")).contains("period"));
        assertTrue(PlanApi.field(() -> oversight.bytes("/oversight-reports/report.pdf?period=soon")).contains("period"));
    }
}
