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
 * On a phone-sized window (390 px): the PAR office creates the 2039 inspection plan, forms a team and puts Sở Tư
 * pháp on the plan through the forms of the year page, then opens the unit's visit page.
 */
class InspectionPlanBrowserTest extends PlanTestSupport {

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
    void theOfficeBuildsThePlanThroughTheForms() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(PAR_OFFICE);
            browser.get(url("/staff/inspections?year=2039"));
            assertThat(browser.findElement(By.id("plan-none")).getText()).contains("Năm 2039 chưa có kế hoạch");
            browser.findElement(By.id("plan-number")).sendKeys("17/KH-UBND");
            setDate("plan-issued-on", "2039-02-06");
            browser.findElement(By.id("plan-signer")).sendKeys("Chủ tịch UBND thành phố");
            fitsThePhone();
            BrowserSupport.screenshot(browser, "inspection-plan-01-create-form-phone");
            // the title left out: the reason on the page, what was typed kept
            click(By.id("plan-save"));
            assertThat(browser.findElement(By.id("plan-number")).getAttribute("value")).isEqualTo("17/KH-UBND");
            ((JavascriptExecutor) browser).executeScript(
                    "document.getElementById('plan-title').removeAttribute('required');"
                            + "document.getElementById('plan-form').noValidate = true");
            click(By.id("plan-save"));
            assertThat(browser.findElement(By.id("form-error")).getText())
                    .isEqualTo("Kế hoạch kiểm tra cần số hiệu, trích yếu, ngày ban hành và người ký.");
            fitsThePhone();
            BrowserSupport.screenshot(browser, "inspection-plan-02-error-phone");
            browser.findElement(By.id("plan-title")).sendKeys("Kế hoạch kiểm tra công tác cải cách hành chính năm 2039");
            setDate("plan-issued-on", "2039-02-06");
            click(By.id("plan-save"));
            assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Đã tạo kế hoạch kiểm tra.");
            assertThat(browser.findElement(By.id("plan-facts")).getText()).contains("17/KH-UBND", "06/02/2039",
                    "Chủ tịch UBND thành phố");

            WebElement teamForm = browser.findElement(By.id("team-form"));
            scrollTo(teamForm);
            browser.findElement(By.id("team-name")).sendKeys("Đoàn kiểm tra số 1");
            browser.findElement(By.id("team-leader")).sendKeys("Nguyễn Văn A — Phó Giám đốc Sở Nội vụ");
            browser.findElement(By.id("team-members")).sendKeys("Trần Thị B — Trưởng phòng CCHC, Phó Trưởng đoàn\n"
                    + "Lê Văn C — Chuyên viên Sở Tư pháp, Thành viên");
            fitsThePhone();
            BrowserSupport.screenshot(browser, "inspection-plan-03-team-form-phone");
            click(By.id("team-save"));
            assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Đã thành lập đoàn kiểm tra.");
            assertThat(browser.findElement(By.cssSelector(".team")).getText()).contains("Đoàn kiểm tra số 1",
                    "Lê Văn C — Chuyên viên Sở Tư pháp, Thành viên");

            Select agency = new Select(browser.findElement(By.id("unit-agency")));
            assertThat(browser.findElements(By.cssSelector("#unit-agency optgroup")).size()).isGreaterThan(1);
            agency.selectByValue("STP-92");
            setDate("unit-planned-on", "2039-07-14");
            new Select(browser.findElement(By.id("unit-team"))).selectByVisibleText("Đoàn kiểm tra số 1");
            scrollTo(browser.findElement(By.id("unit-form")));
            fitsThePhone();
            BrowserSupport.screenshot(browser, "inspection-plan-04-unit-form-phone");
            click(By.id("unit-save"));
            assertThat(browser.findElement(By.id("saved")).getText())
                    .isEqualTo("Đã đưa đơn vị vào kế hoạch kiểm tra.");
            WebElement row = browser.findElement(By.cssSelector("tr[data-agency='STP-92']"));
            assertThat(row.getText()).contains("Sở Tư pháp thành phố Cần Thơ", "14/07/2039", "Chưa kiểm tra");
            assertThat(browser.findElements(By.cssSelector("#unit-agency option[value='STP-92']"))).isEmpty();
            scrollTo(row);
            fitsThePhone();
            BrowserSupport.screenshot(browser, "inspection-plan-05-unit-added-phone");

            click(By.cssSelector("tr[data-agency='STP-92'] a.visit-link"));
            assertThat(browser.findElement(By.id("visit-facts")).getText()).contains("17/KH-UBND", "14/07/2039",
                    "Đoàn kiểm tra số 1");
            assertThat(browser.findElements(By.id("record-form"))).hasSize(1);
            signOutInBrowser();

            // the focal point reads the plan but sees no form
            signIn(FOCAL_POINT);
            browser.get(url("/staff/inspections?year=2039"));
            assertThat(browser.findElement(By.id("plan-facts")).getText()).contains("17/KH-UBND");
            assertThat(browser.findElements(By.cssSelector("#team-form, #unit-form, #plan-form"))).isEmpty();
            signOutInBrowser();
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
