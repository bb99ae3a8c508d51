package io.parhub.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In Chromium, plans of 2038: the PAR office edits a unit plan it recorded (title, an item's deadline, a new group)
 * and amends an issued plan with a reason; Sở Tư pháp's focal point reads its reminders and marks one read; on a
 * desktop and on a 390 px phone, without sideways scrolling.
 */
class PlanEditingBrowserTest extends ApplicationTest {

    private static WebDriver browser;

    @Autowired
    UserDetailsService users;

    @Autowired
    Plans plans;

    @Autowired
    Reminders reminders;

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

    private void asOffice(Runnable work) {
        UserDetails user = users.loadUserByUsername("cchc.snv");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private PlanView unitPlan(String agency, String title, LocalDate deadline) {
        return plans.create(new NewPlan(PlanLevel.UNIT, agency, 2038, title, List.of(new NewPlan.Group(1,
                "Cải cách thủ tục hành chính", List.of(new NewPlan.Item("1.1",
                        "Rà soát, đơn giản hóa thủ tục hành chính cấp phường", "Báo cáo rà soát", deadline,
                        "100% TTHC được rà soát", List.of("STP-92", agency), List.of()))))),
                LocalDateTime.of(2038, 1, 5, 9, 0));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private int pageWidth() {
        return ((Number) js("return document.documentElement.scrollWidth")).intValue();
    }

    private void open(String detailsId) {
        js("document.getElementById(arguments[0]).open = true; document.getElementById(arguments[0])"
                + ".scrollIntoView({block: 'start'})", detailsId);
    }

    private void both(String name, String anchorId) {
        browser.manage().window().setSize(new Dimension(1280, 900));
        js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", anchorId);
        BrowserSupport.screenshot(browser, name + "-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", anchorId);
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        BrowserSupport.screenshot(browser, name + "-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theOfficeEditsAndAmendsAndTheFocalPointReadsItsReminders() {
        PlanView[] made = new PlanView[2];
        asOffice(() -> {
            made[0] = unitPlan("UBND-31168", "Kế hoạch CCHC năm 2038 của Phường Bình Thủy (dự thảo)",
                    LocalDate.of(2038, 3, 31));
            PlanView issued = unitPlan("UBND-31174", "Kế hoạch CCHC năm 2038 của Phường Thới An Đông",
                    LocalDate.of(2038, 3, 13));
            made[1] = plans.issue(issued.id(), issued.version(), "08/KH-UBND", LocalDate.of(2038, 1, 8),
                    "Chủ tịch UBND phường", LocalDateTime.of(2038, 1, 8, 9, 0));
            reminders.run(LocalDate.of(2038, 3, 15), LocalDateTime.of(2038, 3, 15, 6, 0));
            reminders.run(LocalDate.of(2038, 3, 16), LocalDateTime.of(2038, 3, 16, 6, 0));
        });
        PlanView draft = made[0];
        PlanView issued = made[1];
        long draftItem = draft.groups().get(0).items().get(0).id();
        long issuedItem = issued.groups().get(0).items().get(0).id();

        browser.manage().window().setSize(new Dimension(1280, 900));
        BrowserSupport.signIn(browser, url("/login"), "cchc.snv");
        browser.get(url("/staff/plans/" + draft.id()));
        open("edit-title");
        WebElement title = browser.findElement(By.id("title-input"));
        title.clear();
        title.sendKeys("Kế hoạch CCHC năm 2038 của Phường Bình Thủy");
        browser.findElement(By.cssSelector("#edit-title button[type=submit]")).click();
        assertThat(browser.findElement(By.id("edit-saved")).getText()).isEqualTo("Đã lưu thay đổi của kế hoạch.");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Kế hoạch CCHC năm 2038 của Phường Bình Thủy");

        open("edit-item-" + draftItem);
        js("document.getElementById('deadline-" + draftItem + "').value = '2038-04-30'");
        browser.findElement(By.cssSelector("#edit-item-" + draftItem + " form button[type=submit]")).click();
        assertThat(browser.findElement(By.id("item-" + draftItem)).getText()).contains("30/04/2038");

        open("add-group");
        browser.findElement(By.id("new-group-name")).sendKeys("Cải cách tổ chức bộ máy hành chính");
        browser.findElement(By.cssSelector("#add-group button[type=submit]")).click();
        assertThat(browser.findElement(By.id("group-2")).getText()).contains("2. Cải cách tổ chức bộ máy hành chính");
        open("edit-item-" + draftItem);
        both("plan-edit-draft", "edit-item-" + draftItem);

        browser.get(url("/staff/plans/" + issued.id()));
        assertThat(browser.findElements(By.id("edit-title"))).isEmpty();
        open("amend-item-" + issuedItem);
        js("document.getElementById('amend-deadline-" + issuedItem + "').value = '2038-05-29'");
        browser.findElement(By.id("amend-reason-" + issuedItem)).sendKeys("Kế hoạch 21/KH-UBND điều chỉnh thời hạn");
        browser.findElement(By.cssSelector("#amend-item-" + issuedItem + " form button[type=submit]")).click();
        String amendments = browser.findElement(By.id("amendments-" + issuedItem)).getText();
        assertThat(amendments).contains("Điều chỉnh ngày", "cchc.snv", "Kế hoạch 21/KH-UBND điều chỉnh thời hạn",
                "Thời hạn: 13/03/2038 → 29/05/2038");
        both("plan-amended", "item-" + issuedItem);
        browser.findElement(By.id("logout-button")).click();

        BrowserSupport.signIn(browser, url("/login"), "daumoi.stp");
        String menu = browser.findElement(By.id("nav-reminders")).getText();
        int before = Integer.parseInt(menu.replaceAll("\\D", ""));
        assertThat(menu).isEqualTo("Nhắc việc (" + before + ")");
        assertThat(before).isGreaterThanOrEqualTo(2);
        browser.findElement(By.id("nav-reminders")).click();
        List<WebElement> mine = browser.findElements(By.cssSelector(".reminder[data-kind='OVERDUE']"));
        WebElement first = mine.stream().filter(r -> r.getText().contains("Rà soát, đơn giản hóa")).findFirst()
                .orElseThrow();
        assertThat(first.getText()).contains("Quá hạn", "Nhắc ngày 16/03/2038", "Hạn: 15/03/2038");
        both("reminders", "reminders-page");
        String id = first.getAttribute("id").substring("reminder-".length());
        browser.findElement(By.id("read-" + id)).click();
        assertThat(browser.findElement(By.id("nav-reminders")).getText()).isEqualTo("Nhắc việc (" + (before - 1) + ")");
        assertThat(browser.findElement(By.id("reminder-" + id)).getText()).contains("Đã đọc lúc");
        browser.findElement(By.cssSelector("#reminder-" + id + " .reminder-actions a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/staff/plans/" + issued.id() + "#item-" + issuedItem);
    }
}
