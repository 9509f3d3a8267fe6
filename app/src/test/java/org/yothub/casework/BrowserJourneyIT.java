package org.yothub.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yothub.casework.assessment.AssessmentFixtures;

/**
 * A case manager's and a team manager's journey in headless Chromium, with axe-core accessibility
 * checks (WCAG 2.0/2.1/2.2 A and AA) on each main page and screenshots in target/screenshots.
 * Skipped where Chromium or chromedriver is not installed.
 */
@MicronautTest(transactional = false)
class BrowserJourneyIT {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient client;

    private WebDriver driver;
    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser journey skipped: /usr/bin/chromium or /usr/bin/chromedriver is not installed "
                        + "(apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aCaseManagerRecordsAContactAndATeamManagerCountersignsAnAssessment() throws Exception {
        String family = "Journey" + CaseworkFixtures.unique("X").substring(2);
        Map<String, Object> form = CaseworkFixtures.childForm(CaseworkFixtures.unique("BJ"));
        form.put("given_name", "Alex");
        form.put("family_name", family);
        Object child = CaseworkFixtures.createChild(client.toBlocking(), "southampton", form).get("id");
        Map<String, Object> assessment = AssessmentFixtures.create(client.toBlocking(), "southampton", "case.manager",
                child, AssessmentFixtures.form(18, "medium"));
        AssessmentFixtures.step(client.toBlocking(), "southampton", "case.manager", child, assessment.get("id"), "submit",
                assessment.get("version"));
        Map<String, Object> allocation = new java.util.HashMap<>();
        allocation.put("case_manager_id", CaseworkFixtures.staffId(client.toBlocking(), "southampton", "case.manager"));
        allocation.put("version", 0);
        client.toBlocking().exchange(CaseworkFixtures.as(io.micronaut.http.HttpRequest.PUT("/api/v1/caseload/" + child
                + "/allocation", allocation), client.toBlocking(), "southampton", "team.manager"));

        open("/login");
        check("sign-in");
        signIn("case.manager");
        check("home");

        open("/children");
        driver.findElement(By.id("q")).sendKeys(family);
        driver.findElement(By.cssSelector("form[role=search] button")).click();
        waitFor(By.linkText("Alex " + family));
        check("children-list");
        driver.findElement(By.linkText("Alex " + family)).click();
        waitFor(By.xpath("//h1[text()='Alex " + family + "']"));
        check("child-record");

        driver.findElement(By.cssSelector("a.govuk-tabs__tab[href='#contacts']")).click();
        driver.findElement(By.linkText("Schedule or record a contact")).click();
        waitFor(By.id("contact_time"));
        driver.findElement(By.id("contact_time")).sendKeys("10:30");
        driver.findElement(By.cssSelector("label[for='contact_type-1']")).click();
        driver.findElement(By.id("with_whom")).sendKeys("Alex and their father");
        driver.findElement(By.cssSelector("label[for='outcome-1']")).click();
        driver.findElement(By.xpath("//button[text()='Save contact']")).click();
        waitFor(By.xpath("//h1[text()='Alex " + family + "']"));
        String record = driver.getPageSource();
        assertTrue(record.contains("Alex and their father"), "the contact is on the record");
        assertTrue(record.contains("Home visit"));

        open("/caseload");
        assertTrue(driver.getPageSource().contains("Alex " + family), "the allocated case is on my caseload");
        check("caseload");
        open("/performance");
        check("performance");
        open("/children/" + child + "/assessments/new");
        check("assessment-form");
        signOut();

        signIn("team.manager");
        open("/caseload?scope=team");
        check("caseload-team");
        open("/children/" + child + "/assessments/" + assessment.get("id"));
        waitFor(By.xpath("//button[text()='Countersign']"));
        check("assessment-to-countersign");
        driver.findElement(By.id("comment")).sendKeys("Agreed: enhanced level");
        driver.findElement(By.xpath("//button[text()='Countersign']")).click();
        waitFor(By.xpath("//strong[contains(@class,'govuk-tag') and text()='Countersigned']"));
        screenshot("assessment-countersigned");
        signOut();
        assertEquals(0, driver.findElements(By.xpath("//button[text()='Sign out']")).size(), "signed out");

        assertTrue(violations.isEmpty(), "axe-core found accessibility violations:\n" + String.join("\n", violations));
    }

    @Test
    void theEditPagesOfARecordAreAccessibleAndARemandEnteredInErrorCanBeDeleted() throws Exception {
        var http = client.toBlocking();
        Object child = CaseworkFixtures.createChild(http, "southampton").get("id");
        Map<String, Object> offence = CaseworkFixtures.createOffence(http, "southampton", child, "RO");
        Map<String, Object> hearing = CaseworkFixtures.post(http, "southampton", "/api/v1/children/" + child + "/hearings",
                Map.of("offence_id", offence.get("id"), "hearing_date", "2022-04-01", "court", "Example Youth Court", "hearing_type", "plea"));
        Map<String, Object> remand = CaseworkFixtures.post(http, "southampton", "/api/v1/children/" + child + "/remands",
                Map.of("remand_ref", CaseworkFixtures.unique("BR"), "start_date", "2022-01-01", "placement", "LAA"));
        Map<String, Object> victim = CaseworkFixtures.post(http, "southampton", "/api/v1/offences/" + offence.get("id") + "/victims",
                Map.of("victim_ref", CaseworkFixtures.unique("BV")));
        Map<String, Object> status = CaseworkFixtures.post(http, "southampton", "/api/v1/children/" + child + "/statuses",
                Map.of("kind", "accommodation", "effective_date", "2023-01-10", "value", "suitable"));
        Map<String, Object> person = CaseworkFixtures.post(http, "southampton", "/api/v1/children/" + child + "/contact-people",
                Map.of("kind", "parent_carer", "name", "Jo Parent"));

        signIn("case.manager");
        String base = "/children/" + child;
        for (String[] page : new String[][] {{"remand-edit", base + "/remands/" + remand.get("id")},
                {"victim-edit", base + "/victims/" + victim.get("id")}, {"hearing-edit", base + "/hearings/" + hearing.get("id")},
                {"status-edit", base + "/statuses/" + status.get("id")}, {"contact-person-edit", base + "/contact-people/" + person.get("id")}}) {
            open(page[1] + "/edit");
            waitFor(By.cssSelector("form[action='" + page[1] + "/delete']"));
            check(page[0]);
        }
        open(base + "/remands/" + remand.get("id") + "/edit");
        driver.findElement(By.xpath("//button[text()='Delete remand']")).click();
        waitFor(By.cssSelector("a.govuk-tabs__tab[href='#orders']"));
        assertTrue(driver.getCurrentUrl().endsWith(base + "#orders"), driver.getCurrentUrl());
        assertFalse(driver.getPageSource().contains(remand.get("remand_ref").toString()), "the remand is gone from the record");
        signOut();

        assertTrue(violations.isEmpty(), "axe-core found accessibility violations:\n" + String.join("\n", violations));
    }

    private void open(String path) {
        driver.get("http://localhost:" + server.getPort() + path);
    }

    private void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(by).isEmpty());
    }

    private void signIn(String user) {
        open("/login");
        new Select(driver.findElement(By.id("tenant"))).selectByValue("southampton");
        WebElement name = driver.findElement(By.id("username"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo-password");
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();
        waitFor(By.xpath("//button[text()='Sign out']"));
    }

    private void signOut() {
        driver.findElement(By.xpath("//button[text()='Sign out']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.xpath("//button[text()='Sign out']")).isEmpty());
    }

    /** Runs axe-core on the current page, collects its violations and saves a screenshot. */
    private void check(String page) throws Exception {
        screenshot(page);
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        assertTrue(results.getPasses().size() > 10, "axe-core ran its checks on " + page);
        for (Rule rule : results.getViolations()) {
            List<String> targets = new ArrayList<>();
            rule.getNodes().forEach(n -> targets.add(String.valueOf(n.getTarget())));
            violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at " + targets);
        }
    }

    private void screenshot(String page) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(page + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
