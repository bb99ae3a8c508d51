package io.parhub.dossier.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import io.parhub.BrowserSupport;
import io.parhub.dossier.ActionInput;
import io.parhub.dossier.DossierAction;
import io.parhub.dossier.DossierView;
import io.parhub.dossier.Dossiers;
import io.parhub.procedure.Channel;
import io.parhub.procedure.ProcedurePublications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A citizen on a phone-sized screen opens a procedure of the Department of Justice, submits it online with a PDF for
 * each document, keeps the code; the dossier is then accepted, handled and delivered by the engine, and the citizen
 * evaluates it from the tracking page. Everything without signing in, through the real forms with their CSRF token.
 */
class CitizenFormsBrowserTest extends ApplicationTest {

    private static WebDriver browser;

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
    }

    private DossierView act(String username, DossierView d, DossierAction action) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return dossiers.act(d.code(), action, ActionInput.of(d.version()), LocalDateTime.now(clock));
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "upload-samples")).toAbsolutePath();
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aCitizenSubmitsOnlineWithFilesAndEvaluatesTheDeliveredDossier() throws Exception {
        String procedure = CitizenFormsTest.procedure(publications, null, List.of(Channel.COUNTER, Channel.ONLINE));
        String phone = CitizenFormsTest.phone();
        String check = phone.substring(phone.length() - 4);
        Path declaration = file("to-khai.pdf", CitizenFormsTest.pdf("Tờ khai"));
        Path birth = file("giay-khai-sinh.pdf", CitizenFormsTest.pdf("Giấy khai sinh"));

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            // the procedure's public page offers online submission
            browser.get(url("/procedures/" + procedure));
            WebElement link = browser.findElement(By.id("submit-online-link"));
            BrowserSupport.screenshot(browser, "citizen-01-procedure-phone");
            link.click();

            // the form: the procedure, a file input per document, the agency the procedure names preselected
            assertThat(browser.findElement(By.id("submit-procedure-name")).getText()).contains(procedure);
            assertThat(new Select(browser.findElement(By.id("handling-agency"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("STP-92");
            assertThat(browser.findElement(By.id("submit-limits")).getText()).contains("10 MB");
            BrowserSupport.screenshot(browser, "citizen-02-submit-form-phone");
            browser.findElement(By.id("file-0")).sendKeys(declaration.toString());
            browser.findElement(By.id("file-1")).sendKeys(birth.toString());
            scrollTo(browser.findElement(By.id("file-1")));
            BrowserSupport.screenshot(browser, "citizen-03-files-chosen-phone");
            browser.findElement(By.id("applicant-name")).sendKeys("Phạm Thị Hồng Nhung");
            browser.findElement(By.id("applicant-id")).sendKeys("092195012345");
            browser.findElement(By.id("applicant-phone")).sendKeys(phone);
            browser.findElement(By.id("applicant-address")).sendKeys("Phường Cái Khế, thành phố Cần Thơ");
            scrollTo(browser.findElement(By.id("submit-send")));
            BrowserSupport.screenshot(browser, "citizen-04-applicant-phone");
            browser.findElement(By.id("submit-send")).click();

            // the confirmation: the code to keep, awaiting reception, the tracking link with the check
            WebElement outcome = browser.findElement(By.id("outcome"));
            assertThat(outcome.getAttribute("data-status")).isEqualTo("SUBMITTED");
            assertThat(browser.findElement(By.id("submitted-status")).getText()).isEqualTo("Chờ tiếp nhận");
            String code = browser.findElement(By.id("dossier-code")).getText();
            String tracking = browser.findElement(By.id("tracking-link")).getAttribute("href");
            assertThat(tracking).endsWith("/tracking/" + code + "?check=" + check);
            assertThat(jdbc.sql("select count(*) from dossier_file where dossier_code = :code").param("code", code)
                    .query(Long.class).single()).isEqualTo(2);
            BrowserSupport.screenshot(browser, "citizen-05-submitted-phone");

            // the counter accepts it, the department handles it, the result is delivered
            assertThat(dossiers.track(code, check)).isPresent();
            DossierView d = act("motcua.ttpvhcc", view(code), DossierAction.ACCEPT);
            d = act("motcua.ttpvhcc", d, DossierAction.FORWARD);
            d = act("lanhdao.stp", d, DossierAction.APPROVE);
            d = act("chuyenvien.stp", d, DossierAction.FORWARD);
            d = act("motcua.ttpvhcc", d, DossierAction.DELIVER);
            assertThat(d.status()).isEqualTo("DELIVERED");
            SecurityContextHolder.clearContext();

            // the citizen comes back with the link and evaluates
            browser.get(tracking);
            assertThat(browser.findElement(By.id("tracking-status")).getText()).isEqualTo("Đã trả kết quả");
            WebElement form = browser.findElement(By.id("evaluation-form"));
            assertThat(form.findElements(By.cssSelector("fieldset.indicator"))).hasSize(9);
            scrollTo(form);
            BrowserSupport.screenshot(browser, "citizen-06-evaluation-form-phone");
            for (int n = 1; n <= 9; n++) {
                String value = n == 1 ? "1" : "2";
                WebElement radio = browser.findElement(By.cssSelector("input[name='score-" + n + "'][value='"
                        + value + "']"));
                scrollTo(radio);
                radio.click();
            }
            BrowserSupport.screenshot(browser, "citizen-07-evaluation-chosen-phone");
            browser.findElement(By.id("evaluation-submit")).click();
            assertThat(browser.findElement(By.id("evaluation-thanks")).getText()).contains("Cảm ơn");
            assertThat(browser.findElement(By.id("evaluation-total")).getText()).isEqualTo("17/18 điểm");
            assertThat(browser.findElements(By.id("evaluation-form"))).isEmpty();
            assertThat(browser.getCurrentUrl()).endsWith("/tracking/" + code + "?check=" + check);
            scrollTo(browser.findElement(By.id("evaluation")));
            BrowserSupport.screenshot(browser, "citizen-08-evaluated-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        // the same form on a desktop screen
        browser.get(url("/dossiers/new?procedure=" + procedure));
        BrowserSupport.screenshot(browser, "citizen-09-submit-form-desktop");
    }

    private DossierView view(String code) {
        UserDetails user = users.loadUserByUsername("motcua.ttpvhcc");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return dossiers.find(code).orElseThrow();
    }
}
