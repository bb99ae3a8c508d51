package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import io.parhub.BrowserSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The charts in Chromium on 2032 (published) and 2033 (locked) of {@link ChartsFixture}: the provincial leader reads
 * the averages per area, the years and the top and bottom units; the PAR office goes from a scorecard with the unit's
 * history to the charts; on a desktop and on a 390 px phone, without sideways scrolling.
 */
class ParIndexChartsBrowserTest extends ApplicationTest {

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

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    private int pageWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).intValue();
    }

    private void shots(String name) {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        BrowserSupport.screenshot(browser, name + "-top");
        scrollTo(browser.findElement(By.id("areas-department")));
        BrowserSupport.screenshot(browser, name + "-areas");
        scrollTo(browser.findElement(By.id("trend-heading")));
        BrowserSupport.screenshot(browser, name + "-trend");
        scrollTo(browser.findElement(By.id("bands-by-year")));
        BrowserSupport.screenshot(browser, name + "-bands");
        scrollTo(browser.findElement(By.id("extremes-heading")));
        BrowserSupport.screenshot(browser, name + "-extremes");
    }

    @Test
    void theLeaderReadsTheChartsAndTheOfficeAUnitsHistory() {
        ChartsFixture.asOffice(users.loadUserByUsername("cchc.snv"), () -> {
            ChartsFixture.scored(ChartsFixture.FIRST, cycles, results, sets);
            ChartsFixture.publish(ChartsFixture.FIRST, cycles, results);
            ChartsFixture.scored(ChartsFixture.SECOND, cycles, results, sets);
            ChartsFixture.lock(ChartsFixture.SECOND, cycles, results);
        });

        browser.manage().window().setSize(new Dimension(1280, 900));
        BrowserSupport.signIn(browser, url("/login"), "lanhdao.tinh");
        browser.get(url("/staff/par-index/charts"));
        assertThat(browser.findElement(By.cssSelector("#chart-year option[selected]")).getText()).isEqualTo("2033");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("chart-year"))).selectByValue("2032");
        browser.findElement(By.id("show-year")).click();
        assertThat(browser.findElement(By.cssSelector("#areas-department .weakest")).getText())
                .contains("Cải cách thủ tục hành chính").contains("45,83%");
        assertThat(browser.findElement(By.cssSelector("#bands-table tr[data-year='2033']")).getText())
                .contains("Tốt 3");
        shots("parindex-charts-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        shots("parindex-charts-phone");
        browser.findElement(By.id("logout-button")).click();

        browser.manage().window().setSize(new Dimension(1280, 900));
        BrowserSupport.signIn(browser, url("/login"), "cchc.snv");
        browser.get(url("/staff/par-index/" + ChartsFixture.SECOND + "?unit=CH-STP"));
        WebElement history = browser.findElement(By.id("history"));
        assertThat(browser.findElement(By.cssSelector("#history-table tr[data-year='2033'] .change")).getText())
                .isEqualTo("+6,25");
        scrollTo(history);
        BrowserSupport.screenshot(browser, "parindex-history-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        scrollTo(browser.findElement(By.id("history")));
        BrowserSupport.screenshot(browser, "parindex-history-phone");
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        browser.findElement(By.id("charts-link")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/staff/par-index/charts");
        assertThat(browser.findElement(By.id("final-only")).getText()).contains("đã chốt");
    }
}
