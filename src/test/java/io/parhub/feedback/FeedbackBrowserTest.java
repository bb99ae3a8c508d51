package io.parhub.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import io.parhub.BrowserSupport;
import java.util.concurrent.ThreadLocalRandom;
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
 * A citizen on a phone-sized window sends feedback with personal data in its text and follows it; the provincial
 * office classifies and forwards it, the Department of Justice answers, the office publishes it after the preview;
 * the answer appears on the public site without the citizen's name, phone or e-mail.
 */
class FeedbackBrowserTest extends ApplicationTest {

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

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
    }

    private void signIn(String username) {
        BrowserSupport.signIn(browser, url("/login"), username);
    }

    private void signOut() {
        browser.findElement(By.id("logout-button")).click();
        browser.findElement(By.id("login-link"));
    }

    private void open(String code, String action) {
        browser.get(url("/staff/feedback/" + code));
        WebElement details = browser.findElement(By.id("action-" + action));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private void submit(String action) {
        WebElement button = browser.findElement(By.id("submit-" + action));
        scrollTo(button);
        button.click();
        assertThat(browser.findElement(By.id("action-done")).isDisplayed()).isTrue();
    }

    @Test
    void aCitizenFilesFeedbackOnAPhoneAndTheAnswerIsPublishedWithoutPersonalData() {
        String phone = "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String check = phone.substring(phone.length() - 4);
        String marker = "Mã lần thử " + ThreadLocalRandom.current().nextInt(100_000, 999_999);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/feedback"));
        BrowserSupport.screenshot(browser, "feedback-01-answers-phone");
        browser.findElement(By.id("new-feedback")).click();

        new Select(browser.findElement(By.id("fb-kind"))).selectByValue("procedure");
        browser.findElement(By.id("fb-subject")).sendKeys("Hẹn trả kết quả khai sinh bị trễ");
        browser.findElement(By.id("fb-content")).sendKeys("Tôi là Lý Thị Cúc, số điện thoại " + phone
                + ". Hồ sơ khai sinh của con tôi hẹn ngày 10 nhưng ngày 14 vẫn chưa có kết quả. " + marker);
        BrowserSupport.screenshot(browser, "feedback-02-form-phone");
        browser.findElement(By.id("fb-phone")).sendKeys(phone);
        browser.findElement(By.id("fb-name")).sendKeys("Lý Thị Cúc");
        browser.findElement(By.id("fb-email")).sendKeys("cuc.ly@example.com");
        WebElement send = browser.findElement(By.id("fb-send"));
        scrollTo(send);
        BrowserSupport.screenshot(browser, "feedback-03-form-sender-phone");
        int width = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).intValue();
        assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        send.click();

        String code = browser.findElement(By.id("feedback-code")).getText();
        assertThat(code).matches("PAKN-\\d{6}-\\d{4}");
        assertThat(browser.findElement(By.id("check-phone")).getText()).contains(check);
        BrowserSupport.screenshot(browser, "feedback-04-submitted-phone");
        browser.findElement(By.id("follow-link")).click();
        assertThat(browser.findElement(By.id("tracking-status")).getText()).isEqualTo("Đã tiếp nhận");
        BrowserSupport.screenshot(browser, "feedback-05-tracking-phone");

        // the provincial office classifies and forwards to the Department of Justice
        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn("kiemsoat.tthc");
        browser.get(url("/staff/feedback"));
        assertThat(browser.findElement(By.cssSelector("tr[data-code='" + code + "']")).getText())
                .contains("Đã tiếp nhận");
        BrowserSupport.screenshot(browser, "feedback-06-staff-queue");
        open(code, "classify");
        browser.findElement(By.id("classify-field")).sendKeys("Hộ tịch");
        submit("classify");
        open(code, "forward");
        new Select(browser.findElement(By.id("forward-agency"))).selectByValue("STP-92");
        submit("forward");
        assertThat(browser.findElement(By.id("feedback-agency")).getText()).isEqualTo("Sở Tư pháp thành phố Cần Thơ");
        signOut();

        // the department answers
        signIn("chuyenvien.stp");
        open(code, "answer");
        browser.findElement(By.id("answer-text")).sendKeys("Sở Tư pháp đã trả kết quả cho bà Cúc ngày 15; "
                + "cán bộ chậm trễ đã được nhắc nhở.");
        submit("answer");
        signOut();

        // the office checks the preview and publishes
        signIn("kiemsoat.tthc");
        open(code, "publish");
        String preview = browser.findElement(By.id("preview-question")).getText();
        assertThat(preview).doesNotContain(phone, "Lý Thị Cúc").contains(marker);
        BrowserSupport.screenshot(browser, "feedback-07-publish-preview");
        submit("publish");
        assertThat(browser.findElement(By.id("feedback-status")).getAttribute("data-status")).isEqualTo("PUBLISHED");
        BrowserSupport.screenshot(browser, "feedback-08-published-staff");
        signOut();

        // anyone reads it on a phone, without personal data
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/feedback"));
        browser.findElement(By.cssSelector("li[data-code='" + code + "'] a.answer-link")).click();
        String page = browser.findElement(By.id("feedback-answer")).getText();
        assertThat(page).contains(marker, "cán bộ chậm trễ đã được nhắc nhở")
                .doesNotContain(phone, "Lý Thị Cúc", "cuc.ly@example.com");
        BrowserSupport.screenshot(browser, "feedback-09-answer-phone");
        browser.get(url("/feedback/track?code=" + code + "&check=" + check));
        assertThat(browser.findElement(By.id("tracking-status")).getText()).isEqualTo("Đã công khai trả lời");
        assertThat(browser.findElement(By.id("tracking-answer")).getText()).contains("nhắc nhở");
        BrowserSupport.screenshot(browser, "feedback-10-tracking-answered-phone");
    }
}
