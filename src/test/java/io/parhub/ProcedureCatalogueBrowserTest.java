package io.parhub;

import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.TimeUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in headless Chromium: a citizen finds birth registration by typing without accents, opens it and
 * sees its dossier (desktop, a 390-px phone, print media); a procedure-control officer signs in, checks and
 * publishes an amendment on the staff form and sees the new version beside the old one.
 */
class ProcedureCatalogueBrowserTest extends ApplicationTest {

    private static WebDriver browser;

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Clock clock;

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
    void aCitizenFindsBirthRegistrationWithoutAccentsAndOpensIt() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/procedures"));
        WebElement box = browser.findElement(By.id("procedure-search"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(box);
        box.sendKeys("dang ky khai sinh");
        browser.findElement(By.id("procedure-search-submit")).click();
        wait(10).until(ExpectedConditions.urlContains("q=dang"));

        WebElement result = browser.findElement(By.cssSelector(".procedure-result[data-code='1.001193']"));
        assertThat(result.getText().toLowerCase()).contains("đăng ký khai sinh");
        assertThat(browser.findElement(By.id("result-count")).getText()).contains("Tìm thấy");
        BrowserSupport.screenshot(browser, "procedure-01-search");

        result.findElement(By.cssSelector("a.procedure-link")).click();
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("procedure-detail")));
        assertThat(browser.findElement(By.id("procedure-name")).getText()).containsIgnoringCase("đăng ký khai sinh");
        assertThat(browser.findElement(By.id("procedure-code")).getText()).contains("1.001193");
        assertThat(browser.findElements(By.cssSelector("#procedure-components tr.component"))).isNotEmpty();
        assertThat(browser.findElement(By.id("procedure-time")).getText()).contains("Không quy định");
        assertThat(browser.findElement(By.id("seed-note")).getText()).contains("Dữ liệu mẫu");
        assertThat(browser.findElement(By.id("print-button")).isDisplayed()).isTrue();
        BrowserSupport.screenshot(browser, "procedure-02-detail");
        browser.manage().window().setSize(new Dimension(1280, 2600));
        BrowserSupport.screenshot(browser, "procedure-03-detail-long");

        // print media: no header, navigation or buttons, the print heading instead
        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.manage().window().setSize(new Dimension(794, 2600));
        assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("print-button")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".print-head")).isDisplayed()).isTrue();
        BrowserSupport.screenshot(browser, "procedure-04-detail-print");
        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // a procedure with an approved internal process
        browser.manage().window().setSize(new Dimension(1280, 1800));
        browser.get(url("/procedures/1.004222"));
        WebElement process = browser.findElement(By.id("procedure-process"));
        assertThat(process.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", process);
        BrowserSupport.screenshot(browser, "procedure-05-process");

        // a phone: 390 px wide
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/procedures?q=khai+sinh"));
        assertThat(browser.findElements(By.cssSelector(".procedure-result"))).isNotEmpty();
        assertThat(horizontalOverflow()).isFalse();
        BrowserSupport.screenshot(browser, "procedure-06-search-390");
        browser.findElement(By.cssSelector(".procedure-result[data-code='1.001193'] a.procedure-link")).click();
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("procedure-detail")));
        assertThat(horizontalOverflow()).isFalse();
        BrowserSupport.screenshot(browser, "procedure-06b-detail-390");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void anOfficerAmendsAProcedureOnTheStaffFormAndSeesTheNewVersion() {
        LocalDate today = LocalDate.now(clock);
        String code = "T8." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        publications.publish(new PublicationDecision(number(), today.minusDays(40), "Chủ tịch UBND thành phố",
                today.minusDays(30), "Ủy ban nhân dân thành phố Cần Thơ", null, List.of(ProcedureChange.added(code,
                        new ProcedureContent("Cấp giấy phép trình diễn thử", "Văn hóa thử", List.of(ProcedureLevel.PROVINCE),
                                "Sở Văn hóa thử", "Trung tâm Phục vụ hành chính công", List.of("Nộp hồ sơ.",
                                        "Thẩm định.", "Trả kết quả."),
                                List.of(new DossierComponent("Đơn đề nghị", 1, null, null)),
                                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), List.of(), "Không thu phí", null, null,
                                List.of("63/2010/NĐ-CP"), OnlineMode.PARTIAL, null,
                                List.of(Channel.COUNTER, Channel.ONLINE), List.of(), null, null)))), "browser-test");

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("kiemsoat.tthc");
        browser.findElement(By.id("password")).sendKeys("Parhub@2026");
        browser.findElement(By.id("login-submit")).click();
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));

        browser.get(url("/procedures/" + code));
        browser.findElement(By.id("edit-link")).click();
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("procedure-form")));
        String number = number();
        LocalDate effective = today.plusDays(7);
        browser.findElement(By.id("decision-number")).sendKeys(number);
        setValue(browser.findElement(By.id("decision-signed-on")), today.toString());
        setValue(browser.findElement(By.id("decision-effective-from")), effective.toString());
        browser.findElement(By.id("decision-signer")).sendKeys("Chủ tịch UBND thành phố");
        browser.findElement(By.id("decision-issuer")).sendKeys("Ủy ban nhân dân thành phố Cần Thơ");
        WebElement name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("Cấp giấy phép trình diễn thử (sửa đổi)");
        WebElement amount = browser.findElement(By.id("timeAmount"));
        amount.clear();
        amount.sendKeys("3");
        browser.findElement(By.id("components1.name")).sendKeys("Bản sao giấy tờ tùy thân");
        browser.findElement(By.id("components1.copies")).sendKeys("1");
        BrowserSupport.screenshot(browser, "procedure-07-edit-form");

        browser.findElement(By.id("validate-button")).click();
        WebElement checked = browser.findElement(By.id("form-checked"));
        assertThat(checked.getText()).contains("không có lỗi");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).endsWith("(sửa đổi)");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(horizontalOverflow()).isFalse();
        BrowserSupport.screenshot(browser, "procedure-08-edit-checked-390");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.findElement(By.id("publish-button")).click();
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        assertThat(browser.getCurrentUrl()).contains("at=" + effective);
        assertThat(browser.findElement(By.id("flash-message")).getText()).contains(number);
        assertThat(browser.findElement(By.id("procedure-name")).getText()).endsWith("(sửa đổi)");
        assertThat(browser.findElement(By.id("procedure-time")).getText()).contains("3 ngày làm việc");
        assertThat(browser.findElements(By.cssSelector("#version-list tr.version"))).hasSize(2);
        BrowserSupport.screenshot(browser, "procedure-09-new-version");

        browser.findElement(By.cssSelector("#version-list tr.version[data-version='1'] a.version-link")).click();
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("procedure-name"),
                "Cấp giấy phép trình diễn thử"));
        assertThat(browser.findElement(By.id("procedure-name")).getText()).doesNotContain("(sửa đổi)");
        assertThat(browser.findElement(By.id("procedure-time")).getText()).contains("5 ngày làm việc");

        // a rejected submission keeps what was typed and lists every problem
        browser.get(url("/staff/procedures/new"));
        browser.findElement(By.id("code")).sendKeys("T8." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        browser.findElement(By.id("decision-number")).sendKeys(number());
        browser.findElement(By.id("decision-issuer")).sendKeys("Ủy ban nhân dân thành phố Cần Thơ");
        browser.findElement(By.id("name")).sendKeys("Thủ tục thiếu lĩnh vực");
        browser.findElement(By.id("field")).sendKeys(" ");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('procedure-form').noValidate = true");
        browser.findElement(By.id("publish-button")).click();
        WebElement problems = browser.findElement(By.id("form-problems"));
        assertThat(problems.findElements(By.cssSelector(".form-problem"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Thủ tục thiếu lĩnh vực");
        BrowserSupport.screenshot(browser, "procedure-10-rejected");
    }

    private static String number() {
        return ThreadLocalRandom.current().nextInt(100_000, 999_999) + "/QĐ-UBND-BT";
    }

    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    /** True when the page is wider than the window: something does not fit on a phone. */
    private static boolean horizontalOverflow() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1");
        return Boolean.TRUE.equals(overflow);
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
