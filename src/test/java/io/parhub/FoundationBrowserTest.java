package io.parhub;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's first minutes in headless Chromium: sign in, browse the unit tree as of 2024 (Sóc Trăng with
 * its districts) and 2026 (Cần Thơ with its communes), open the 2026 calendar, switch to English.
 */
class FoundationBrowserTest extends ApplicationTest {

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
    void signInBrowseUnitsOverTimeAndOpenTheCalendar() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("wrong-password-1");
        browser.findElement(By.id("login-submit")).click();
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("không đúng");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("Parhub@2026");
        browser.findElement(By.id("login-submit")).click();
        assertThat(browser.findElement(By.id("signed-in")).getText()).contains("admin");
        BrowserSupport.screenshot(browser, "01-home-signed-in");

        browser.get(url("/units?at=2024-01-01"));
        WebElement tree = browser.findElement(By.id("unit-tree"));
        assertThat(tree.getText()).contains("Tỉnh Sóc Trăng").contains("Huyện Kế Sách");
        assertThat(tree.findElements(By.cssSelector("[data-code='941']"))).isNotEmpty();
        BrowserSupport.screenshot(browser, "02-units-2024");

        WebElement at = browser.findElement(By.id("at"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-01-01'", at);
        browser.findElement(By.id("at-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("2026-01-01"));
        tree = browser.findElement(By.id("unit-tree"));
        assertThat(tree.getText()).contains("Thành phố Cần Thơ").contains("Phường Phú Lợi")
                .doesNotContain("Huyện Kế Sách");
        BrowserSupport.screenshot(browser, "03-units-2026");

        browser.get(url("/calendar?year=2026"));
        WebElement year = browser.findElement(By.id("calendar-year"));
        WebElement tetDay = year.findElement(By.cssSelector("[data-date='2026-02-17']"));
        assertThat(tetDay.getAttribute("class")).containsAnyOf("holiday", "non-working");
        WebElement makeUp = year.findElement(By.cssSelector("[data-date='2026-01-10']"));
        assertThat(makeUp.getAttribute("class")).contains("make-up");
        BrowserSupport.screenshot(browser, "04-calendar-2026");

        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        BrowserSupport.screenshot(browser, "05-calendar-2026-en");
    }
}
