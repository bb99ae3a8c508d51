package io.parhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A dossier's journey in headless Chromium: the counter officer of the public service centre receives a dossier for
 * "Cấp bản sao từ sổ gốc" (2.000908, 1 working day, a five-step internal process) handled by the Department of
 * Justice, forwards it; a specialist of the department forwards it to the leader, who approves the result; the
 * counter hands the result over and the citizen tracks it by code and phone digits on a phone-sized screen.
 */
class DossierJourneyBrowserTest extends ApplicationTest {

    private static final String PROCEDURE = "2.000908";
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

    private void signIn(String username) {
        BrowserSupport.signIn(browser, url("/login"), username);
    }

    private void signOut() {
        browser.findElement(By.id("logout-button")).click();
        browser.findElement(By.id("login-link"));
    }

    private void act(String code, String action) {
        browser.get(url("/staff/dossiers/" + code));
        browser.findElement(By.cssSelector("#action-" + action + " summary")).click();
        browser.findElement(By.id("submit-" + action)).click();
        assertThat(browser.findElement(By.id("action-done")).isDisplayed()).isTrue();
    }

    private void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id(id)));
    }

    private String status() {
        return browser.findElement(By.id("dossier-status")).getAttribute("data-status");
    }

    @Test
    void receivedAtTheCounterProcessedByTheDepartmentTrackedByTheCitizen() {
        String phone = "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

        // the counter officer receives the dossier
        signIn("motcua.ttpvhcc");
        browser.findElement(By.id("nav-dossiers")).click();
        browser.findElement(By.id("new-dossier")).click();
        browser.findElement(By.id("procedure-code")).sendKeys(PROCEDURE);
        browser.findElement(By.id("load-components")).click();
        assertThat(browser.findElement(By.id("procedure-name")).getText()).contains("bản sao từ sổ gốc");
        for (WebElement box : browser.findElements(By.cssSelector("#components input[type=checkbox]"))) {
            box.click();
        }
        browser.findElement(By.id("handling-agency")).sendKeys("STP-92");
        browser.findElement(By.id("applicant-name")).sendKeys("Nguyễn Thị Thu Trang");
        browser.findElement(By.id("applicant-id")).sendKeys("092198012345");
        browser.findElement(By.id("applicant-phone")).sendKeys(phone);
        browser.findElement(By.id("applicant-address")).sendKeys("Phường Ninh Kiều, thành phố Cần Thơ");
        BrowserSupport.screenshot(browser, "dossier-01-reception-form");
        browser.findElement(By.id("reception-submit")).click();
        WebElement outcome = browser.findElement(By.id("outcome"));
        assertThat(outcome.getAttribute("data-status")).isEqualTo("RECEIVED");
        String code = browser.findElement(By.id("dossier-code")).getText();
        assertThat(code).matches(".+-\\d{6}-\\d{4}");
        assertThat(browser.findElement(By.id("appointment")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("slip-link")).getAttribute("href")).endsWith("/slips/receipt.pdf");
        BrowserSupport.screenshot(browser, "dossier-02-received");

        act(code, "forward");
        assertThat(status()).isEqualTo("IN_PROGRESS");
        assertThat(browser.findElement(By.id("dossier-step-name")).getText()).isNotBlank();
        BrowserSupport.screenshot(browser, "dossier-03-forwarded-by-counter");
        signOut();

        // a specialist of the Department of Justice appraises it and hands it to the leader
        signIn("chuyenvien.stp");
        browser.get(url("/staff/dossiers?queue=agency"));
        browser.findElement(By.cssSelector("tr[data-code='" + code + "']"));
        BrowserSupport.screenshot(browser, "dossier-04-specialist-queue");
        act(code, "forward");
        assertThat(browser.findElement(By.id("dossier-step")).getText()).isEqualTo("3");
        BrowserSupport.screenshot(browser, "dossier-05-specialist-forwarded");
        signOut();

        // the leader approves the result
        signIn("lanhdao.stp");
        act(code, "approve");
        assertThat(status()).isEqualTo("RESOLVED");
        assertThat(browser.findElement(By.id("control-sheet")).getText()).contains("Tiếp nhận");
        BrowserSupport.screenshot(browser, "dossier-06-leader-approved");
        scrollTo("control-sheet");
        BrowserSupport.screenshot(browser, "dossier-07-control-sheet");
        signOut();

        // the counter hands the result to the citizen
        signIn("motcua.ttpvhcc");
        act(code, "deliver");
        assertThat(status()).isEqualTo("DELIVERED");
        signOut();

        // the citizen tracks it on a phone, first with a wrong check, then with the right one
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(url("/"));
            browser.findElement(By.id("home-tracking")).click();
            browser.findElement(By.id("tracking-code")).sendKeys(code);
            String check = phone.substring(phone.length() - 4);
            browser.findElement(By.id("tracking-check")).sendKeys(check.equals("0000") ? "1111" : "0000");
            browser.findElement(By.id("tracking-submit")).click();
            assertThat(browser.findElement(By.id("tracking-not-found")).getText()).contains("Không tìm thấy");
            BrowserSupport.screenshot(browser, "dossier-08-tracking-wrong-check");

            browser.get(url("/tracking/" + code));
            assertThat(browser.findElement(By.id("tracking-code")).getAttribute("value")).isEqualTo(code);
            browser.findElement(By.id("tracking-check")).sendKeys(check);
            browser.findElement(By.id("tracking-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-result")));
            assertThat(browser.findElement(By.id("tracking-status")).getText()).isEqualTo("Đã trả kết quả");
            assertThat(browser.findElement(By.id("tracking-national")).getText()).startsWith("10");
            assertThat(browser.findElements(By.cssSelector("#tracking-history li"))).hasSizeGreaterThanOrEqualTo(5);
            assertThat(browser.getPageSource()).doesNotContain("Nguyễn Thị Thu Trang").doesNotContain(phone);
            BrowserSupport.screenshot(browser, "dossier-09-tracking-phone");
            scrollTo("tracking-history");
            BrowserSupport.screenshot(browser, "dossier-10-tracking-history");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
