package io.parhub.planning.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.BrowserSupport;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * On a phone-sized window the Department of Justice's focal point fills its quarterly report (a section and the
 * documents indicator) and submits it; the PAR office returns it with a remark; the focal point sees the remark.
 */
class ReportBrowserTest extends ReportTestSupport {

    private static WebDriver browser;

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

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
        element.click();
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(id)));
    }

    private void logOut() {
        click(browser.findElement(By.id("logout-button")));
        browser.findElement(By.id("login-link"));
    }

    @Test
    void aUnitSubmitsItsQuarterlyReportAndTheOfficeReturnsIt() {
        ReportViews.Period q2 = period(ReportKind.QUARTER, 2, LocalDate.of(2037, 7, 10), "STP-92", "SNV-92");
        browser.manage().window().setSize(new Dimension(390, 844));

        BrowserSupport.signIn(browser, url("/login"), FOCAL);
        browser.get(url("/staff/reports?year=2037"));
        BrowserSupport.screenshot(browser, "report-01-periods-phone");
        click(browser.findElement(By.id("start-report-" + q2.id())));
        assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("Đang soạn");
        browser.findElement(By.id("documentsSent")).sendKeys("5816");
        browser.findElement(By.id("documentsElectronic")).sendKeys("4819");
        browser.findElement(By.id("section-direction")).sendKeys("Ban hành Kế hoạch CCHC quý II năm 2037.");
        browser.findElement(By.id("section-procedures")).sendKeys("Rà soát 12 thủ tục lĩnh vực hộ tịch.");
        BrowserSupport.screenshot(browser, "report-02-draft-phone");
        click(browser.findElement(By.id("submit-report")));
        assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("Đã gửi");
        assertThat(browser.findElement(By.id("documents-rate")).getText()).isEqualTo("82,86%");
        assertThat(browser.findElement(By.id("figures-note")).getText()).startsWith("Số liệu đơn vị đã gửi");
        BrowserSupport.screenshot(browser, "report-03-submitted-phone");
        scrollTo("table-documents");
        BrowserSupport.screenshot(browser, "report-03b-tables-phone");
        logOut();

        BrowserSupport.signIn(browser, url("/login"), OFFICE);
        browser.get(url("/staff/reports/periods/" + q2.id()));
        WebElement row = browser.findElement(By.cssSelector("#units-table tr[data-agency='STP-92']"));
        assertThat(row.getText()).contains("Đã gửi");
        assertThat(browser.findElement(By.cssSelector("#units-table tr[data-agency='SNV-92']")).getText())
                .contains("Chưa lập");
        BrowserSupport.screenshot(browser, "report-04-period-phone");
        scrollTo("province-basis");
        BrowserSupport.screenshot(browser, "report-04b-province-phone");
        click(row.findElement(By.tagName("a")));
        browser.findElement(By.id("remark")).sendKeys("Bổ sung kết quả kiểm soát thủ tục hành chính trong quý.");
        click(browser.findElement(By.id("return-report")));
        assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("Trả lại để bổ sung");
        BrowserSupport.screenshot(browser, "report-05-returned-phone");
        logOut();

        BrowserSupport.signIn(browser, url("/login"), FOCAL);
        browser.get(url("/staff/reports?year=2037"));
        click(browser.findElement(By.id("open-report-" + q2.id())));
        assertThat(browser.findElement(By.id("return-remark-text")).getText())
                .isEqualTo("Bổ sung kết quả kiểm soát thủ tục hành chính trong quý.");
        assertThat(browser.findElement(By.id("section-direction")).getAttribute("value"))
                .isEqualTo("Ban hành Kế hoạch CCHC quý II năm 2037.");
        assertThat(browser.findElement(By.id("submit-report")).isDisplayed()).isTrue();
        BrowserSupport.screenshot(browser, "report-06-remark-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
        BrowserSupport.screenshot(browser, "report-07-remark-desktop");
    }
}
