package io.parhub.planning.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.BrowserSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** On a phone-sized window the PAR office finds the PDF links next to the DOCX on the period and report pages. */
class ReportPdfBrowserTest extends ReportTestSupport {

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
    void thePdfLinksSitNextToTheDocxOnAPhone() {
        LocalDateTime march = LocalDateTime.of(2052, 3, 2, 9, 0);
        as(OFFICE);
        ReportViews.Period q1 = service.createPeriod(new ReportService.NewPeriod(ReportKind.QUARTER, 2052, 1, null,
                null, LocalDate.of(2052, 4, 10), List.of("STP-92")), march);
        as(FOCAL);
        ReportViews.UnitReport stp = service.start(q1.id(), "STP-92", march);
        browser.manage().window().setSize(new Dimension(390, 844));
        BrowserSupport.signIn(browser, url("/login"), OFFICE);

        browser.get(url("/staff/reports/periods/" + q1.id()));
        WebElement province = browser.findElement(By.id("province-pdf"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", province);
        assertThat(province.getText()).isEqualTo("Tải báo cáo của tỉnh gửi Bộ Nội vụ (PDF)");
        assertThat(province.getAttribute("href")).endsWith("/staff/reports/periods/" + q1.id() + "/province.pdf");
        assertThat(province.getRect().getX() + province.getRect().getWidth()).isLessThanOrEqualTo(390);
        BrowserSupport.screenshot(browser, "report-pdf-01-period-phone");

        browser.get(url("/staff/reports/" + stp.id()));
        WebElement unit = browser.findElement(By.id("report-pdf"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", unit);
        assertThat(unit.getText()).isEqualTo("Tải báo cáo (PDF)");
        assertThat(unit.getAttribute("href")).endsWith("/staff/reports/" + stp.id() + ".pdf");
        BrowserSupport.screenshot(browser, "report-pdf-02-report-phone");
    }
}
