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

/**
 * The PAR office prepares the year 2035 (no other test uses it) in Chromium: copies the 2025 sets, raises one
 * criterion's maximum and sees the total follow, then opens the cycle with one unit not ranked and lands on the
 * progress page; on a desktop and on a 390 px phone.
 */
class ParIndexAdminBrowserTest extends ApplicationTest {

    static final int YEAR = 2035;

    private static WebDriver browser;

    @Autowired
    ParIndexResults results;

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
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    private int pageWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).intValue();
    }

    private void phone(String screenshot) {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        BrowserSupport.screenshot(browser, screenshot);
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theOfficeCopiesASetEditsACriterionAndOpensTheCycle() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        BrowserSupport.signIn(browser, url("/login"), "cchc.snv");

        // copy 2025 into 2035
        browser.get(url("/staff/par-index/criteria"));
        WebElement from = browser.findElement(By.id("copy-from"));
        from.clear();
        from.sendKeys("2025");
        WebElement to = browser.findElement(By.id("copy-to"));
        to.clear();
        to.sendKeys(String.valueOf(YEAR));
        click(browser.findElement(By.id("copy-submit")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo(
                "Đã sao chép bộ chỉ số năm 2025 sang năm " + YEAR + ": 2 bộ.");
        BrowserSupport.screenshot(browser, "parindex-admin-01-sets");
        phone("parindex-admin-02-sets-phone");

        // open the department set and raise 1.1.1 from 1 to 2 points
        browser.get(url("/staff/par-index/criteria"));
        click(browser.findElement(By.cssSelector("table[data-year='" + YEAR + "'] tr[data-group='DEPARTMENT'] .open-set")));
        assertThat(browser.findElement(By.id("total-max")).getText()).isEqualTo("100.00");
        assertThat(browser.findElement(By.id("set-state")).getText()).isEqualTo("Đang chỉnh sửa");
        BrowserSupport.screenshot(browser, "parindex-admin-03-set");
        WebElement c111 = browser.findElement(By.cssSelector("article[data-code='1.1.1']"));
        click(c111.findElement(By.cssSelector("details.edit > summary")));
        WebElement max = c111.findElement(By.className("max-input"));
        max.clear();
        max.sendKeys("2");
        c111.findElement(By.name("reason")).sendKeys("Kế hoạch CCHC được coi trọng hơn từ năm " + YEAR);
        scrollTo(c111);
        BrowserSupport.screenshot(browser, "parindex-admin-04-edit");
        click(c111.findElement(By.className("save-criterion")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Đã lưu tiêu chí 1.1.1.");
        assertThat(browser.findElement(By.id("total-max")).getText()).isEqualTo("101.00");
        assertThat(browser.findElement(By.cssSelector("article[data-code='1.1'] .meta .badge")).getText())
                .startsWith("Tối đa 6").endsWith("điểm");
        scrollTo(browser.findElement(By.cssSelector("article[data-code='1.1.1']")));
        BrowserSupport.screenshot(browser, "parindex-admin-05-edited");
        browser.manage().window().setSize(new Dimension(390, 844));
        WebElement onPhone = browser.findElement(By.cssSelector("article[data-code='1.1.1']"));
        click(onPhone.findElement(By.cssSelector("details.edit > summary")));
        scrollTo(onPhone);
        BrowserSupport.screenshot(browser, "parindex-admin-06-edit-phone");
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        scrollTo(browser.findElement(By.id("bands")));
        BrowserSupport.screenshot(browser, "parindex-admin-07-bands-phone");
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        browser.manage().window().setSize(new Dimension(1280, 900));

        // open the cycle: the units of 31/12/2035, one department scored for monitoring only
        browser.get(url("/staff/par-index/criteria"));
        click(browser.findElement(By.id("open-cycle-link")));
        WebElement year = browser.findElement(By.id("year"));
        year.clear();
        year.sendKeys(String.valueOf(YEAR));
        click(browser.findElement(By.id("show-units")));
        assertThat(browser.findElement(By.id("scope-hint")).getText()).contains("31/12/" + YEAR);
        WebElement unit = browser.findElement(By.cssSelector("li[data-unit='SNV-92']"));
        click(unit.findElement(By.className("exclude")));
        unit.findElement(By.className("reason")).sendKeys("Cơ quan thường trực CCHC, chấm để theo dõi");
        scrollTo(browser.findElement(By.cssSelector("h3.group-head")));
        BrowserSupport.screenshot(browser, "parindex-admin-08-open-cycle");
        browser.manage().window().setSize(new Dimension(390, 844));
        scrollTo(browser.findElement(By.cssSelector("li[data-unit='SNV-92']")));
        BrowserSupport.screenshot(browser, "parindex-admin-09-open-cycle-phone");
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        browser.manage().window().setSize(new Dimension(1280, 900));
        click(browser.findElement(By.id("open-cycle")));

        assertThat(browser.getCurrentUrl()).endsWith("/staff/par-index/" + YEAR + "/progress");
        assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo("Tự đánh giá");
        WebElement excluded = browser.findElement(By.cssSelector("#entries tr[data-unit='SNV-92']"));
        assertThat(excluded.getText()).contains("Không xếp hạng");
        BrowserSupport.screenshot(browser, "parindex-admin-10-progress");
        assertThat(results.entries(YEAR)).filteredOn(e -> e.unitCode().equals("SNV-92")).singleElement()
                .satisfies(e -> assertThat(e.ranked()).isFalse());

        // the set is frozen now, and the page says why
        browser.get(url("/staff/par-index/criteria"));
        click(browser.findElement(By.cssSelector("table[data-year='" + YEAR + "'] tr[data-group='DEPARTMENT'] .open-set")));
        assertThat(browser.findElement(By.id("frozen-notice")).getText()).contains("kỳ đánh giá năm " + YEAR);
        BrowserSupport.screenshot(browser, "parindex-admin-11-frozen");
    }
}
