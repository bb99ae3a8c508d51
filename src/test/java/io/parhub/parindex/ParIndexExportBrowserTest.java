package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import io.parhub.BrowserSupport;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The export links on the public ranking, the unit's scorecard and the office's appraisal page, on a desktop and on a
 * 390 px phone, with the annex and a scorecard rendered to images beside the screenshots
 * ({@code target/screenshots/parindex-export-*.png}).
 */
class ParIndexExportBrowserTest extends ApplicationTest {

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

    private int pageWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).intValue();
    }

    /** The first page of a PDF the browser's session could download, as a PNG beside the screenshots. */
    private static void render(byte[] pdf, String name) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = 0; page < Math.min(2, doc.getNumberOfPages()); page++) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 80);
                Path dir = Path.of("target", "screenshots");
                Files.createDirectories(dir);
                ImageIO.write(image, "png", dir.resolve(name + "-p" + (page + 1) + ".png").toFile());
            }
        }
    }

    private byte[] fetch(String path) throws Exception {
        String cookie = browser.manage().getCookieNamed("JSESSIONID") == null ? ""
                : "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theLinksLeadToTheDocuments() throws Exception {
        ExportYear year = new ExportYear(users, cycles, results, sets);
        year.publish();
        Entry stp = year.unit("STP-92");

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/par-index/" + ExportYear.YEAR));
        assertThat(browser.findElement(By.id("ranking-pdf")).getAttribute("href"))
                .endsWith("/par-index/" + ExportYear.YEAR + ".pdf");
        BrowserSupport.screenshot(browser, "parindex-export-01-ranking");
        render(fetch("/par-index/" + ExportYear.YEAR + ".pdf"), "parindex-export-02-annex");

        BrowserSupport.signIn(browser, url("/login"), "daumoi.stp");
        browser.get(url("/staff/par-index/" + ExportYear.YEAR));
        assertThat(browser.findElement(By.id("scorecard-xlsx")).getAttribute("href"))
                .endsWith("/staff/par-index/entries/" + stp.id() + "/scorecard.xlsx");
        BrowserSupport.screenshot(browser, "parindex-export-03-scorecard");
        render(fetch("/staff/par-index/entries/" + stp.id() + "/scorecard.pdf"), "parindex-export-04-scorecard-pdf");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat(pageWidth()).isLessThanOrEqualTo(390);
        BrowserSupport.screenshot(browser, "parindex-export-05-scorecard-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.findElement(By.id("logout-button")).click();
        BrowserSupport.signIn(browser, url("/login"), "cchc.snv");
        browser.get(url("/staff/par-index/entries/" + stp.id() + "/appraisal"));
        assertThat(browser.findElement(By.id("scorecard-pdf")).getAttribute("href"))
                .endsWith("/staff/par-index/entries/" + stp.id() + "/scorecard.pdf");
        BrowserSupport.screenshot(browser, "parindex-export-06-appraisal");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/par-index/" + ExportYear.YEAR));
        assertThat(pageWidth()).isLessThanOrEqualTo(390);
        BrowserSupport.screenshot(browser, "parindex-export-07-ranking-phone");
    }
}
