package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import io.parhub.BrowserSupport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The PAR Index year 2022 (no other test uses it) with the units of the registry on 31/12/2025 through the
 * pages: the Department of Justice's focal point scores a criterion with a link and a PDF and submits late; the PAR office appraises and sends it back; the unit explains; the
 * office accepts, locks and publishes; the public ranking shows the department with its band, on a desktop and on a
 * 390 px phone.
 */
class ParIndexBrowserTest extends ApplicationTest {

    static final int YEAR = 2022;

    private static WebDriver browser;

    @Autowired
    UserDetailsService users;

    @Autowired
    ParIndexCycles cycles;

    @Autowired
    ParIndexResults results;

    @Autowired
    CriteriaSets sets;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSupport.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openTheYear() {
        if (results.cycle(YEAR).isPresent()) {
            return;
        }
        UserDetails office = users.loadUserByUsername("cchc.snv");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(office, null,
                office.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            // the units of today's registry, scored for a past year (computed criteria then have no figure to ask for)
            sets.copyYear(2025, YEAR);
            cycles.open(new OpenCycle(YEAR, LocalDate.of(2025, 12, 31), LocalDate.of(YEAR + 1, 1, 15),
                    LocalDate.of(YEAR + 1, 2, 15), Map.of(), List.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    private void statusBecomes(String status) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("cycle-status"), status));
        assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo(status);
    }

    private void signIn(String username) {
        BrowserSupport.signIn(browser, url("/login"), username);
    }

    private void signOut() {
        click(browser.findElement(By.id("logout-button")));
        browser.findElement(By.id("login-link"));
    }

    private WebElement criterion(String code) {
        return browser.findElement(By.cssSelector("article[data-code='" + code + "']"));
    }

    private int pageWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void aUnitSelfAssessesTheCouncilSendsACriterionBackTheUnitExplainsAndTheRankingIsPublished() throws Exception {
        Path pdf = Files.createTempFile("ke-hoach-cchc", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% Kế hoạch CCHC năm 2022\n%%EOF\n".getBytes(StandardCharsets.UTF_8));

        // the focal point of the Department of Justice scores 1.1.1 with a link and a PDF, then submits
        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn("daumoi.stp");
        browser.findElement(By.id("nav-par-index-staff")).click();
        browser.get(url("/staff/par-index/" + YEAR));
        assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo("Tự đánh giá");
        BrowserSupport.screenshot(browser, "parindex-01-scorecard");
        WebElement c111 = criterion("1.1.1");
        scrollTo(c111);
        c111.findElement(By.name("score")).clear();
        c111.findElement(By.name("score")).sendKeys("1");
        c111.findElement(By.name("comment")).sendKeys("Kế hoạch CCHC năm 2022 ban hành ngày 10/01");
        c111.findElement(By.name("links")).sendKeys("https://stp.cantho.gov.vn/ke-hoach-cchc-2022");
        c111.findElement(By.name("file")).sendKeys(pdf.toAbsolutePath().toString());
        click(c111.findElement(By.className("save-self")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Đã lưu điểm tự chấm.");
        c111 = criterion("1.1.1");
        assertThat(c111.findElement(By.className("self-score")).getText()).isEqualTo("1.00");
        assertThat(c111.findElement(By.className("evidence-file")).getText()).endsWith(".pdf");
        scrollTo(c111);
        BrowserSupport.screenshot(browser, "parindex-02-self-assessed");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        scrollTo(criterion("1.1.1"));
        BrowserSupport.screenshot(browser, "parindex-03-self-assessed-phone");
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        browser.manage().window().setSize(new Dimension(1280, 900));
        click(browser.findElement(By.id("submit-self")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Đã gửi kết quả tự đánh giá.");
        assertThat(browser.findElement(By.id("late")).getText()).isEqualTo("Gửi muộn");
        signOut();

        // the PAR office starts the appraisal and sends 1.1.1 back with a remark
        signIn("cchc.snv");
        browser.get(url("/staff/par-index"));
        assertThat(browser.getCurrentUrl()).contains("/progress");
        browser.get(url("/staff/par-index/" + YEAR + "/progress"));
        click(browser.findElement(By.id("to-appraisal")));
        assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo("Thẩm định");
        BrowserSupport.screenshot(browser, "parindex-04-progress");
        click(browser.findElement(By.cssSelector("#queue tr[data-unit='STP-92'] .appraise-link")));
        c111 = criterion("1.1.1");
        scrollTo(c111);
        c111.findElement(By.name("score")).clear();
        c111.findElement(By.name("score")).sendKeys("0,5");
        c111.findElement(By.name("remark")).sendKeys("Chưa thấy quyết định ban hành kế hoạch");
        c111.findElement(By.name("sendBack")).click();
        BrowserSupport.screenshot(browser, "parindex-05-appraisal");
        click(c111.findElement(By.className("save-appraisal")));
        assertThat(browser.findElement(By.id("done")).getText()).contains("trả lại");
        browser.get(url("/staff/par-index/" + YEAR + "/progress"));
        click(browser.findElement(By.id("to-explanation")));
        assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo("Giải trình");
        signOut();

        // round 2: the unit reads the remark and explains, on a phone
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("daumoi.stp");
        browser.get(url("/staff/par-index/" + YEAR));
        assertThat(browser.findElement(By.id("sent-back-notice")).getText()).contains("1 tiêu chí");
        c111 = criterion("1.1.1");
        assertThat(c111.findElement(By.className("remark")).getText()).contains("Chưa thấy quyết định");
        scrollTo(c111);
        c111.findElement(By.name("explanation")).sendKeys("Quyết định số 12/QĐ-STP ngày 10/01/2022, đính kèm");
        c111.findElement(By.name("links")).sendKeys("https://stp.cantho.gov.vn/qd-12-2022");
        BrowserSupport.screenshot(browser, "parindex-06-explanation-phone");
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        click(c111.findElement(By.className("send-explanation")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Đã gửi giải trình.");
        signOut();

        // the office accepts the explanation, locks and publishes
        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn("cchc.snv");
        browser.get(url("/staff/par-index/" + YEAR + "/progress"));
        click(browser.findElement(By.cssSelector("#queue tr[data-unit='STP-92'] .appraise-link")));
        c111 = criterion("1.1.1");
        assertThat(c111.findElement(By.className("explanation")).getText()).contains("12/QĐ-STP");
        assertThat(c111.findElement(By.name("sendBack")).isSelected()).isFalse();
        c111.findElement(By.name("score")).clear();
        c111.findElement(By.name("score")).sendKeys("1");
        c111.findElement(By.name("remark")).clear();
        c111.findElement(By.name("remark")).sendKeys("Chấp nhận giải trình");
        click(c111.findElement(By.className("save-appraisal")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Đã lưu điểm thẩm định.");
        browser.get(url("/staff/par-index/" + YEAR + "/progress"));
        click(browser.findElement(By.id("to-locked")));
        // the click posts and reloads the page: wait for the new page rather than read the old one
        statusBecomes("Đã chốt kết quả");
        click(browser.findElement(By.id("to-published")));
        statusBecomes("Đã công bố");
        signOut();

        // anyone reads the ranking: the department with its score and band
        browser.get(url("/"));
        browser.findElement(By.id("nav-par-index")).click();
        browser.get(url("/par-index/" + YEAR));
        WebElement row = browser.findElement(By.cssSelector("#ranking-department tr[data-unit='STP-92']"));
        assertThat(row.getText()).contains("Sở Tư pháp");
        String band = row.findElement(By.className("band")).getText();
        assertThat(band).isNotBlank();
        assertThat(browser.findElement(By.id("band-summary")).getText()).contains("Rất tốt");
        BrowserSupport.screenshot(browser, "parindex-07-ranking");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        BrowserSupport.screenshot(browser, "parindex-08-ranking-phone");
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        Files.deleteIfExists(pdf);

        // the same ranking as a spreadsheet, open to anyone
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/par-index/" + YEAR + ".xlsx"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).as(() -> new String(xlsx.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chỉ số cải cách hành chính năm 2022");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Đơn vị");
            var stp = java.util.stream.IntStream.rangeClosed(3, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(2).getStringCellValue().equals("STP-92")).findFirst().orElseThrow();
            assertThat(stp.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(stp.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(stp.getCell(7).getStringCellValue()).isEqualTo(band);
        }
    }
}
