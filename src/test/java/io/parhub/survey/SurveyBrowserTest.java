package io.parhub.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.BrowserSupport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The PAR office signs in, opens a round, draws the sample and prints the invitations; a citizen opens the link of
 * one on a phone-sized window (390 px), answers every question (one with "no answer") and sends the form; the link
 * then says it was used, and the round's index counts the form.
 */
class SurveyBrowserTest extends SurveyTestSupport {

    private static final LocalDate FROM = LocalDate.of(2026, 10, 5);
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
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    @Test
    void aCitizenAnswersTheSurveyThroughItsLinkOnAPhone() {
        List<String> delivered = deliver(FROM, 2);
        as(PAR_OFFICE);
        Questionnaire bnv = seeded("BNV-Q9");
        SurveyRound round = rounds.create(new SurveyRounds.NewRound(2026, "SIPAS 2026 — đợt thử trên trình duyệt",
                "UBND-92", List.of("STP-92"), bnv.id(), FROM, FROM.plusDays(4), 2, 2026L,
                SurveyMethod.DEFAULT.withMinResponses(1)));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        // the PAR office: sign in, the round from the menu, draw the sample, print the invitations
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(PAR_OFFICE);
        browser.findElement(By.id("password")).sendKeys("Parhub@2026");
        browser.findElement(By.id("login-submit")).click();
        browser.findElement(By.id("nav-surveys")).click();
        assertThat(browser.findElement(By.id("questionnaires")).getText()).contains("BNV-Q9", "HN-WARD-2026");
        BrowserSupport.screenshot(browser, "survey-01-home");
        browser.get(url("/staff/surveys/rounds/" + round.id()));
        browser.findElement(By.id("run-sampling")).click();
        assertThat(browser.findElement(By.id("sampled")).getText()).contains("2");
        WebElement unitRow = browser.findElement(By.cssSelector("tr[data-unit='STP-92']"));
        assertThat(unitRow.getText()).contains("Chưa đủ phiếu");
        BrowserSupport.screenshot(browser, "survey-02-round-sampled");
        unitRow.findElement(By.cssSelector("button.print-invitations")).click();
        List<WebElement> sheets = browser.findElements(By.cssSelector("article.invitation"));
        assertThat(sheets).hasSize(2);
        assertThat(sheets.stream().map(s -> s.getAttribute("data-dossier")).toList())
                .containsExactlyInAnyOrderElementsOf(delivered);
        assertThat(sheets.get(0).findElement(By.tagName("img")).getAttribute("src")).startsWith("data:image/png");
        String link = sheets.get(0).findElement(By.cssSelector(".url a")).getAttribute("href");
        assertThat(link).contains("/survey/");
        BrowserSupport.screenshot(browser, "survey-03-invitations");
        browser.findElement(By.id("logout-button")).click();

        // the citizen, on a phone: the form grouped by factor, five levels and "no answer" per question
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(link);
            assertThat(browser.findElement(By.id("survey-unit")).getText()).contains("Sở Tư pháp");
            assertThat(browser.findElements(By.cssSelector("section.survey-group"))).hasSize(9);
            assertThat(browser.findElements(By.cssSelector("fieldset.survey-question"))).hasSize(33);
            Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth");
            assertThat(width.intValue()).isLessThanOrEqualTo(390);
            BrowserSupport.screenshot(browser, "survey-04-form-phone");
            for (Question q : bnv.questions()) {
                int level = q.number() == 20 ? 0 : q.number() % 7 == 0 ? 3 : q.number() % 2 == 0 ? 4 : 5;
                WebElement radio = browser.findElement(By.id("q-" + q.number() + "-" + level));
                scrollTo(radio);
                radio.click();
                if (q.number() == 16) {
                    BrowserSupport.screenshot(browser, "survey-05-answering-phone");
                }
            }
            WebElement submit = browser.findElement(By.id("survey-submit"));
            scrollTo(submit);
            BrowserSupport.screenshot(browser, "survey-06-before-send-phone");
            submit.click();
            assertThat(browser.findElement(By.id("survey-thanks")).getText()).contains("Cảm ơn");
            BrowserSupport.screenshot(browser, "survey-07-thanks-phone");

            // the link works once
            browser.get(link);
            assertThat(browser.findElement(By.id("survey-closed")).getAttribute("data-state")).isEqualTo("USED");
            BrowserSupport.screenshot(browser, "survey-08-used-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        // the form counts: 32 answered items, the "no answer" left out; 28 of them 4 or 5
        RoundIndex result = index.round(round.id());
        assertThat(result.province().responses()).isEqualTo(1);
        assertThat(result.province().answered()).isEqualTo(32);
        long satisfied = bnv.questions().stream().filter(q -> q.number() != 20 && q.number() % 7 != 0).count();
        assertThat(result.province().satisfied()).isEqualTo(satisfied);
    }
}
