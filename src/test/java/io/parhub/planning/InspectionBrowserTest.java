package io.parhub.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.BrowserSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * On a phone-sized window (390 px): the PAR office records a visit of the 2036 plan with a finding and a
 * recommendation for Sở Tư pháp; Sở Tư pháp's focal point reports the remediation; the office accepts it and the
 * year's figures count it.
 */
class InspectionBrowserTest extends InspectionTestSupport {

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

    @Test
    void theOfficeRecordsAVisitAndTheUnitReportsRemediation() {
        long visit = unit("UBND-31174");
        signOut();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(PAR_OFFICE);
            browser.findElement(By.id("nav-inspections")).click();
            assertThat(browser.findElement(By.id("illustrative-note")).getText()).contains("minh họa");
            assertThat(browser.findElement(By.id("figures-sentence")).getText()).startsWith("Năm 2026: đã kiểm tra 1/4");
            fitsThePhone();
            BrowserSupport.screenshot(browser, "inspection-01-year-2026-phone");

            browser.get(url("/staff/inspections?year=2036"));
            browser.findElement(By.cssSelector("tr[data-agency='UBND-31174'] a.visit-link")).click();
            setDate("visitedOn", "2036-07-14");
            browser.findElement(By.id("conclusion-text")).sendKeys("Phường triển khai đủ nhiệm vụ; còn tồn tại về "
                    + "niêm yết thủ tục.");
            BrowserSupport.screenshot(browser, "inspection-02-record-form-phone");
            click(By.id("record-save"));
            assertThat(browser.findElement(By.id("visit-status")).getText()).isEqualTo("Đã kiểm tra");

            new Select(browser.findElement(By.id("finding-kind"))).selectByValue("SHORTCOMING");
            new Select(browser.findElement(By.id("finding-area"))).selectByValue("2");
            browser.findElement(By.id("finding-text")).sendKeys("Niêm yết thủ tục hành chính chưa cập nhật.");
            click(By.id("finding-save"));
            assertThat(browser.findElement(By.id("findings-list")).getText())
                    .contains("Tồn tại", "Cải cách thủ tục hành chính", "Niêm yết thủ tục hành chính chưa cập nhật.");

            browser.findElement(By.id("rec-text")).sendKeys("Cập nhật niêm yết trên cổng dịch vụ công.");
            new Select(browser.findElement(By.id("rec-finding"))).selectByIndex(1);
            browser.findElement(By.id("rec-responsible")).sendKeys("STP-92");
            setDate("rec-deadline", "2036-05-04");
            click(By.id("rec-save"));
            WebElement rec = browser.findElement(By.cssSelector("article.recommendation"));
            // Sunday 4/5/2036: due on Monday 5/5
            assertThat(rec.getText()).contains("Sở Tư pháp thành phố Cần Thơ", "04/05/2036", "05/05/2036",
                    "Chưa khắc phục");
            scrollTo(rec);
            fitsThePhone();
            BrowserSupport.screenshot(browser, "inspection-03-recommendation-phone");
            signOutInBrowser();

            // Sở Tư pháp's focal point reports what was done
            signIn(FOCAL_POINT);
            browser.get(url("/staff/inspections/" + visit));
            assertThat(browser.findElements(By.id("finding-form"))).isEmpty();
            WebElement form = browser.findElement(By.cssSelector("form.remediation-form"));
            scrollTo(form);
            form.findElement(By.name("whatDone")).sendKeys("Đã cập nhật 12 thủ tục trên cổng dịch vụ công.");
            setDate(form.findElement(By.name("doneOn")).getAttribute("id"), "2036-04-28");
            form.findElement(By.name("evidenceLink")).sendKeys("https://example.org/niem-yet.pdf");
            fitsThePhone();
            BrowserSupport.screenshot(browser, "inspection-04-remediation-form-phone");
            click(By.cssSelector("form.remediation-form button[type=submit]"));
            assertThat(browser.findElement(By.id("saved")).getText()).contains("Đã gửi báo cáo khắc phục");
            assertThat(browser.findElement(By.cssSelector("article.recommendation")).getText())
                    .contains("Chờ Phòng CCHC xem xét", "Đã cập nhật 12 thủ tục");
            signOutInBrowser();

            // the office accepts: remedied before the deadline, no flag
            signIn(PAR_OFFICE);
            browser.get(url("/staff/inspections/" + visit));
            click(By.cssSelector("form.decision-form button[value=true]"));
            WebElement done = browser.findElement(By.cssSelector("article.recommendation"));
            assertThat(done.getAttribute("data-status")).isEqualTo("DONE");
            assertThat(done.getText()).contains("Đã khắc phục", "khắc phục ngày 28/04/2036", "Đã chấp nhận");
            assertThat(done.findElements(By.cssSelector(".late-flag"))).isEmpty();
            scrollTo(done);
            BrowserSupport.screenshot(browser, "inspection-05-accepted-phone");

            browser.get(url("/staff/inspections?year=2036"));
            WebElement row = browser.findElement(By.cssSelector("tr[data-agency='UBND-31174']"));
            assertThat(row.getText()).contains("Đã kiểm tra", "1/1");
            scrollTo(row);
            fitsThePhone();
            BrowserSupport.screenshot(browser, "inspection-06-year-2036-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("Parhub@2026");
        browser.findElement(By.id("login-submit")).click();
        browser.findElement(By.id("logout-button"));
    }

    private void signOutInBrowser() {
        click(By.id("logout-button"));
        browser.findElement(By.id("login-link"));
    }

    /** Date inputs take their value in the browser's format; set the ISO value the form sends. */
    private void setDate(String id, String iso) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, iso);
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        scrollTo(element);
        element.click();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private void fitsThePhone() {
        Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth");
        assertThat(width.intValue()).isLessThanOrEqualTo(390);
    }
}
