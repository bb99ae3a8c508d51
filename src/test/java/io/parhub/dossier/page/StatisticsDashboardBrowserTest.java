package io.parhub.dossier.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import io.parhub.BrowserSupport;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.StatisticsFixture;
import io.parhub.dossier.StatisticsFixture.History;
import io.parhub.procedure.ProcedurePublications;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The provincial leader's drill-down in headless Chromium: the dashboard of the city for October 2025 (where the test
 * made four dossiers of a new procedure at the Department of Justice, two of them late) → the department's procedures
 * → the late dossiers of the procedure → one of them; then the same dashboard on a phone-sized screen.
 */
class StatisticsDashboardBrowserTest extends ApplicationTest {

    private static WebDriver browser;

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    UserDetailsService users;

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

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(id)));
    }

    private boolean fitsTheScreen() {
        Object wide = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1");
        return !Boolean.TRUE.equals(wide);
    }

    @Test
    void theLeaderDrillsDownFromTheCityToALateDossier() {
        History history = new StatisticsFixture(publications, dossiers, users).history();

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("lanhdao.tinh");
        browser.findElement(By.id("password")).sendKeys("Parhub@2026");
        browser.findElement(By.id("login-submit")).click();
        browser.findElement(By.id("nav-stats")).click();
        // the city of the leader's agency is chosen; the form asks for October 2025
        assertThat(new Select(browser.findElement(By.id("stats-unit"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("UBND-92");
        new Select(browser.findElement(By.id("stats-period"))).selectByValue("custom");
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('stats-from').value='2025-10-01';"
                + "document.getElementById('stats-to').value='2025-10-31';");
        browser.findElement(By.id("stats-submit")).click();
        assertThat(browser.findElement(By.id("stats-period-line")).getText()).contains("01/10/2025", "31/10/2025");
        assertThat(browser.findElement(By.id("crumb-unit")).getText()).isEqualTo("Ủy ban nhân dân thành phố Cần Thơ");
        assertThat(Long.parseLong(browser.findElement(By.cssSelector("#kpi-received .kpi-value")).getText()
                .replace(".", ""))).isGreaterThanOrEqualTo(4);
        assertThat(browser.findElement(By.cssSelector("#trend svg title, svg.trend-chart title"))).isNotNull();
        BrowserSupport.screenshot(browser, "stats-01-city");
        scrollTo("ranking");
        BrowserSupport.screenshot(browser, "stats-02-ranking");

        // the city → the Department of Justice
        browser.findElement(By.cssSelector("#ranking-table tr[data-key='STP-92'] a.drill")).click();
        assertThat(browser.findElement(By.id("crumb-agency")).getText()).isEqualTo("Sở Tư pháp thành phố Cần Thơ");
        assertThat(browser.findElement(By.id("stats-page")).getAttribute("data-level")).isEqualTo("agency");
        BrowserSupport.screenshot(browser, "stats-03-agency");

        // the department → the procedure → its late dossiers
        browser.findElement(By.cssSelector("#ranking-table tr[data-key='" + history.procedure() + "'] a.drill"))
                .click();
        assertThat(browser.findElement(By.id("crumb-procedure")).getText()).isEqualTo(history.procedureName());
        assertThat(browser.findElement(By.cssSelector("#kpi-on-time .kpi-value")).getText()).isEqualTo("66,67 %");
        assertThat(browser.findElements(By.cssSelector("#late-table tbody tr"))).extracting(
                r -> r.getAttribute("data-code")).containsExactlyInAnyOrder(history.resolvedLate(), history.overdue());
        BrowserSupport.screenshot(browser, "stats-04-late-dossiers");

        // a late dossier opens on its page
        browser.findElement(By.cssSelector("#late-table tr[data-code='" + history.resolvedLate() + "'] a.late-link"))
                .click();
        assertThat(browser.findElement(By.id("dossier-code")).getText()).isEqualTo(history.resolvedLate());
        BrowserSupport.screenshot(browser, "stats-05-late-dossier");

        // the breadcrumb leads back up; on a phone the page fits the width, wide tables scroll inside their box
        browser.navigate().back();
        browser.findElement(By.id("crumb-unit")).click();
        assertThat(browser.findElement(By.id("stats-page")).getAttribute("data-level")).isEqualTo("unit");
        // the second half of 2025: six months on the trend chart
        browser.get(url("/staff/stats?unit=UBND-92&period=custom&from=2025-07-01&to=2025-12-31"));
        assertThat(browser.findElements(By.cssSelector("#trend-table tbody tr"))).hasSize(6);
        BrowserSupport.screenshot(browser, "stats-06-half-year");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            assertThat(fitsTheScreen()).as("no sideways scrolling of the page").isTrue();
            BrowserSupport.screenshot(browser, "stats-07-phone");
            scrollTo("trend");
            BrowserSupport.screenshot(browser, "stats-08-phone-trend");
            scrollTo("agency-rates");
            BrowserSupport.screenshot(browser, "stats-09-phone-rates");
            scrollTo("ranking");
            BrowserSupport.screenshot(browser, "stats-10-phone-ranking");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
