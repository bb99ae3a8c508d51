package io.parhub.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parhub.ApplicationTest;
import io.parhub.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The feedback workflow on the real database with the official 2026 calendar: deadlines across Tết, late and
 * due-soon flags, publication without personal data, anonymous feedback, idempotent submission, optimistic locking,
 * roles and agency bounds, history and audit.
 */
class FeedbackWorkflowTest extends ApplicationTest {

    static final String CONTROL = "kiemsoat.tthc";
    static final String PAR_OFFICE = "cchc.snv";
    static final String SPECIALIST = "chuyenvien.stp";
    static final String COUNTER = "motcua.ttpvhcc";
    static final String OTHER_LEADER = "lanhdao.soctrang";
    /** Friday before Tết 2026 (official break Mon 16 – Fri 20 February). */
    static final LocalDateTime FRIDAY_BEFORE_TET = LocalDateTime.of(2026, 2, 13, 10, 0);

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    static String phone() {
        return "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    static FeedbackSubmission submission(String phone, String content) {
        return new FeedbackSubmission(FeedbackChannel.ONLINE, FeedbackKind.PROCEDURE, "Thời gian chờ ở bộ phận một cửa",
                content, false, "Nguyễn Văn An", phone, "an.nguyen@example.com", "12 Hòa Bình, Ninh Kiều", null, null,
                null, List.of());
    }

    Submitted submit(LocalDateTime at) {
        return feedbacks.submit(submission(phone(), "Tôi phải chờ quá lâu khi nộp hồ sơ."), at, null);
    }

    FeedbackView act(String user, String code, FeedbackAction action, ActionInput input, LocalDateTime at) {
        as(user);
        return feedbacks.act(code, action, input, at);
    }

    FeedbackView view(String code, LocalDateTime now) {
        as(CONTROL);
        return feedbacks.find(code, now).orElseThrow();
    }

    @Test
    void forwardingIsDueFiveWorkingDaysAfterReceptionAcrossTetAndTheAnswerAfterForwarding() {
        Submitted s = submit(FRIDAY_BEFORE_TET);
        assertThat(s.code()).matches("PAKN-260213-\\d{4}");
        FeedbackView received = view(s.code(), FRIDAY_BEFORE_TET);
        // 16–20/2 are Tết holidays: Mon 23 … Fri 27 are the five working days
        assertThat(received.forwardDueOn()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(received.status()).isEqualTo(FeedbackStatus.RECEIVED);

        FeedbackView classified = act(CONTROL, s.code(), FeedbackAction.CLASSIFY,
                new ActionInput(received.version(), true, null, "Hộ tịch", null), LocalDateTime.of(2026, 2, 24, 9, 0));
        FeedbackView forwarded = act(CONTROL, s.code(), FeedbackAction.FORWARD,
                new ActionInput(classified.version(), null, null, null, "STP-92"),
                LocalDateTime.of(2026, 2, 27, 16, 0));
        assertThat(forwarded.agencyCode()).isEqualTo("STP-92");
        // answer due: 10 working days (parhub.feedback.answer-working-days) from the day after forwarding
        assertThat(forwarded.answerDueOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(forwarded.timeliness().forwardLate()).isFalse();
    }

    @Test
    void answerTimelinessCountsWhatWasDueAndWhatWasAnsweredByItsDueDay() {
        // three items forwarded to STP-92 on Monday 4/5/2026: answers due Monday 18/5 (10 working days)
        LocalDateTime received = LocalDateTime.of(2026, 5, 4, 8, 0);
        List<String> codes = new java.util.ArrayList<>();
        LocalDate due = null;
        for (int i = 0; i < 3; i++) {
            Submitted s = submit(received);
            FeedbackView c = act(CONTROL, s.code(), FeedbackAction.CLASSIFY,
                    new ActionInput(view(s.code(), received).version(), true, null, null, null), received.plusHours(1));
            FeedbackView f = act(CONTROL, s.code(), FeedbackAction.FORWARD,
                    new ActionInput(c.version(), null, null, null, "STP-92"), received.plusHours(2));
            due = f.answerDueOn();
            codes.add(s.code());
        }
        assertThat(due).isEqualTo(LocalDate.of(2026, 5, 18));
        long stp = jdbc.sql("select competent_agency_id from feedback where code = :c").param("c", codes.get(0))
                .query(Long.class).single();
        // answered on the due day, answered the day after, not answered yet
        act(SPECIALIST, codes.get(0), FeedbackAction.ANSWER, new ActionInput(view(codes.get(0), received).version(),
                null, "Đã trả lời.", null, null), LocalDateTime.of(2026, 5, 18, 16, 30));
        act(SPECIALIST, codes.get(1), FeedbackAction.ANSWER, new ActionInput(view(codes.get(1), received).version(),
                null, "Đã trả lời.", null, null), LocalDateTime.of(2026, 5, 19, 8, 0));
        // on the due day the third can still be answered in time: it is not counted yet
        AnswerTimeliness onDueDay = feedbacks.answerTimeliness(List.of(stp), due, due, due);
        assertThat(onDueDay).isEqualTo(new AnswerTimeliness(2, 1));
        AnswerTimeliness after = feedbacks.answerTimeliness(List.of(stp), due, due, due.plusDays(1));
        assertThat(after).isEqualTo(new AnswerTimeliness(3, 1));
        assertThat(after.rate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("33.33"));
        assertThat(feedbacks.answerTimeliness(List.of(), due, due, due).rate()).isEmpty();
        // the same three counted by the day they were received, as a periodic report does
        assertThat(feedbacks.counts(List.of(stp), received.toLocalDate(), received.toLocalDate()))
                .isEqualTo(new FeedbackCounts(3, 2, 1, 1));
        assertThat(feedbacks.counts(List.of(stp), received.toLocalDate().plusDays(1), due))
                .isEqualTo(new FeedbackCounts(0, 0, 0, 0));
    }

    @Test
    void lateAndDueSoonFlagsAreComputedFromTheCalendarWhenRead() {
        Submitted s = submit(FRIDAY_BEFORE_TET);
        // Thursday 26/2: the deadline (Friday 27/2) is the next working day
        FeedbackView thursday = view(s.code(), LocalDateTime.of(2026, 2, 26, 9, 0));
        assertThat(thursday.timeliness().dueSoon()).isTrue();
        assertThat(thursday.timeliness().late()).isFalse();
        // during Tết nothing is due soon yet
        assertThat(view(s.code(), LocalDateTime.of(2026, 2, 18, 9, 0)).timeliness().dueSoon()).isFalse();
        // Monday 2/3: not forwarded in time
        LocalDateTime monday = LocalDateTime.of(2026, 3, 2, 9, 0);
        FeedbackView late = view(s.code(), monday);
        assertThat(late.timeliness().forwardLate()).isTrue();
        as(CONTROL);
        assertThat(feedbacks.queue(Feedbacks.Queue.LATE, null, monday)).extracting(FeedbackView::code)
                .contains(s.code());
        assertThat(feedbacks.queue(Feedbacks.Queue.DUE_SOON, null, LocalDateTime.of(2026, 2, 26, 9, 0)))
                .extracting(FeedbackView::code).contains(s.code());

        // forwarded late stays flagged; then the answer is late too once its due date passed
        FeedbackView c = act(CONTROL, s.code(), FeedbackAction.CLASSIFY, new ActionInput(late.version(), true, null,
                null, null), monday);
        FeedbackView f = act(CONTROL, s.code(), FeedbackAction.FORWARD, new ActionInput(c.version(), null, null,
                null, "STP-92"), monday);
        assertThat(f.timeliness().forwardLate()).isTrue();
        assertThat(f.answerDueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(view(s.code(), LocalDateTime.of(2026, 3, 17, 8, 0)).timeliness().answerLate()).isTrue();
        assertThat(view(s.code(), LocalDateTime.of(2026, 3, 16, 8, 0)).timeliness().answerLate()).isFalse();
    }

    @Test
    void publicationRemovesPersonalDataFromTheQuestionAndAnswer() {
        String phone = phone();
        String content = "Tôi là Nguyễn Văn An, CCCD 092195012345, điện thoại " + phone.substring(0, 3) + " "
                + phone.substring(3, 6) + " " + phone.substring(6) + ", email an.nguyen@example.com. Gọi +84 912 345 678"
                + " hoặc 0292.3821.234. Hồ sơ khai sinh của con tôi bị trả lại hai lần.";
        Submitted s = feedbacks.submit(submission(phone, content), FRIDAY_BEFORE_TET, null);
        String code = s.code();
        FeedbackView v = view(code, FRIDAY_BEFORE_TET);
        v = act(CONTROL, code, FeedbackAction.CLASSIFY, new ActionInput(v.version(), true, null, null, null),
                FRIDAY_BEFORE_TET);
        v = act(CONTROL, code, FeedbackAction.FORWARD, new ActionInput(v.version(), null, null, null, "STP-92"),
                FRIDAY_BEFORE_TET);
        v = act(SPECIALIST, code, FeedbackAction.ANSWER, new ActionInput(v.version(), null,
                "Sở Tư pháp đã làm việc với ông An (0901 111 222) và hướng dẫn bổ sung giấy tờ.", null, null),
                LocalDateTime.of(2026, 2, 24, 9, 0));
        as(CONTROL);
        String preview = feedbacks.scrub(v, null);
        assertThat(preview).doesNotContain("092195012345", "an.nguyen@example.com", "Nguyễn Văn An", "3821")
                .contains(PersonalData.MASK, "bị trả lại hai lần");
        assertThat(answersFor(code)).isEmpty();
        v = act(CONTROL, code, FeedbackAction.PUBLISH, ActionInput.of(v.version()), LocalDateTime.of(2026, 2, 25, 9, 0));
        assertThat(v.status()).isEqualTo(FeedbackStatus.PUBLISHED);

        PublicAnswer published = feedbacks.answer(code).orElseThrow();
        for (String text : List.of(published.question(), published.answer(), published.subject())) {
            assertThat(text).doesNotContain("092195012345", phone, phone.substring(6), "an.nguyen@example.com",
                    "Nguyễn Văn An", "912 345 678", "0292.3821.234", "0901 111 222", "Hòa Bình");
        }
        assertThat(published.question()).contains("Hồ sơ khai sinh của con tôi bị trả lại hai lần.");
        assertThat(published.answer()).contains("hướng dẫn bổ sung giấy tờ");
        assertThat(answersFor(code)).hasSize(1);
        assertThat(feedbacks.answers("khai sinh cua con toi", null, 0, 100)).extracting(PublicAnswer::code).contains(code);
        // Open311 shows the published text only
        assertThat(feedbacks.open311Request(code).orElseThrow().description()).isEqualTo(published.question());

        // publication is the office's: a text given by the officer is scrubbed too
        Submitted other = submit(FRIDAY_BEFORE_TET);
        FeedbackView o = view(other.code(), FRIDAY_BEFORE_TET);
        o = act(CONTROL, other.code(), FeedbackAction.CLASSIFY, new ActionInput(o.version(), true, null, null, null),
                FRIDAY_BEFORE_TET);
        o = act(CONTROL, other.code(), FeedbackAction.FORWARD, new ActionInput(o.version(), null, null, null,
                "STP-92"), FRIDAY_BEFORE_TET);
        o = act(SPECIALIST, other.code(), FeedbackAction.ANSWER, new ActionInput(o.version(), null, "Đã khắc phục.",
                null, null), FRIDAY_BEFORE_TET);
        o = act(CONTROL, other.code(), FeedbackAction.PUBLISH, new ActionInput(o.version(), null,
                "Công dân (ĐT 0987654321) phản ánh thời gian chờ.", null, null), FRIDAY_BEFORE_TET);
        assertThat(feedbacks.answer(other.code()).orElseThrow().question())
                .isEqualTo("Công dân (ĐT " + PersonalData.MASK + ") phản ánh thời gian chờ.");
        FeedbackView closed = act(PAR_OFFICE, other.code(), FeedbackAction.CLOSE, ActionInput.of(o.version()),
                FRIDAY_BEFORE_TET);
        assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(feedbacks.answer(other.code())).isPresent();
    }

    private List<PublicAnswer> answersFor(String code) {
        return feedbacks.answers(null, null, 0, 100).stream().filter(a -> a.code().equals(code)).toList();
    }

    @Test
    void scrubbingPatterns() {
        assertThat(PersonalData.scrub("Gọi 0901234567, 090 123 4567, 0901.234.567, +84901234567 hay 84-901-234-567",
                List.of())).doesNotContainPattern("\\d{3}");
        assertThat(PersonalData.scrub("CCCD 092 195 012 345 và CMND 365123456, mail a.b@c.vn", List.of()))
                .isEqualTo("CCCD " + PersonalData.MASK + " và CMND " + PersonalData.MASK + ", mail "
                        + PersonalData.MASK);
        // dates, amounts and procedure codes stay
        assertThat(PersonalData.scrub("Ngày 13/02/2026 nộp 50.000 đồng, thủ tục 1.001193", List.of()))
                .isEqualTo("Ngày 13/02/2026 nộp 50.000 đồng, thủ tục 1.001193");
        assertThat(PersonalData.scrub("ông nguyễn văn an nói", java.util.Arrays.asList("Nguyễn Văn An", null)))
                .isEqualTo("ông " + PersonalData.MASK + " nói");
    }

    @Test
    void anonymousFeedbackKeepsNoPersonalDataAndIsFollowedWithASecret() {
        FeedbackSubmission anonymous = new FeedbackSubmission(FeedbackChannel.ONLINE, FeedbackKind.OFFICER_CONDUCT,
                "Thái độ cán bộ", "Cán bộ quát tháo người dân.", true, "Trần Thị B", "0912345678", "b@example.com",
                "Cái Răng", null, null, null, List.of());
        Submitted s = feedbacks.submit(anonymous, FRIDAY_BEFORE_TET, null);
        assertThat(s.secret()).isTrue();
        assertThat(s.check()).matches("\\d{6}");
        FeedbackView v = view(s.code(), FRIDAY_BEFORE_TET);
        assertThat(v.anonymous()).isTrue();
        assertThat(v.name()).isNull();
        assertThat(v.phone()).isNull();
        assertThat(v.email()).isNull();
        assertThat(v.address()).isNull();
        assertThat(jdbc.sql("select secret_hash from feedback where code = ?").param(s.code()).query(String.class)
                .single()).isNotEqualTo(s.check()).hasSize(64);
        assertThat(feedbacks.track(s.code(), s.check())).isPresent().get()
                .satisfies(t -> assertThat(t.anonymous()).isTrue());
        assertThat(feedbacks.track(s.code(), "5678")).isEmpty();
        assertThat(feedbacks.track(s.code(), "000000".equals(s.check()) ? "000001" : "000000")).isEmpty();

        // without anonymity the name and a way to answer are needed
        FeedbackSubmission nameless = new FeedbackSubmission(FeedbackChannel.ONLINE, FeedbackKind.OTHER, "Chủ đề",
                "Nội dung", false, null, "0912345678", null, null, null, null, null, List.of());
        assertThatThrownBy(() -> feedbacks.submit(nameless, FRIDAY_BEFORE_TET, null))
                .isInstanceOf(DomainException.class).extracting("type").isEqualTo("feedback-submitter");
        // a named feedback is followed with the phone's last 4 digits
        String phone = phone();
        Submitted named = feedbacks.submit(submission(phone, "Nội dung"), FRIDAY_BEFORE_TET, null);
        assertThat(named.secret()).isFalse();
        assertThat(named.check()).isEqualTo(phone.substring(phone.length() - 4));
        assertThat(feedbacks.track(named.code(), named.check())).isPresent();
        assertThat(feedbacks.track(named.code(), "x")).isEmpty();
    }

    @Test
    void aRetriedPublicSubmissionIsOneFeedback() {
        String key = UUID.randomUUID().toString();
        FeedbackSubmission s = submission(phone(), "Nội dung gửi hai lần");
        Submitted first = feedbacks.submit(s, FRIDAY_BEFORE_TET, key);
        Submitted again = feedbacks.submit(s, FRIDAY_BEFORE_TET, key);
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(again.replayed()).isTrue();
        assertThat(first.replayed()).isFalse();
        assertThat(jdbc.sql("select count(*) from feedback where content = 'Nội dung gửi hai lần' and code = ?")
                .param(first.code()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> feedbacks.submit(submission(phone(), "Khác"), FRIDAY_BEFORE_TET, key))
                .isInstanceOf(DomainException.class).extracting("status").isEqualTo(HttpStatus.CONFLICT);

        // an anonymous retry shows the same secret again (only to the holder of the key)
        String anonKey = UUID.randomUUID().toString();
        FeedbackSubmission anon = new FeedbackSubmission(FeedbackChannel.ONLINE, FeedbackKind.OTHER, "Ẩn danh",
                "Nội dung ẩn danh", true, null, null, null, null, null, null, null, List.of());
        Submitted a1 = feedbacks.submit(anon, FRIDAY_BEFORE_TET, anonKey);
        Submitted a2 = feedbacks.submit(anon, FRIDAY_BEFORE_TET, anonKey);
        assertThat(a2.check()).isEqualTo(a1.check());
        assertThat(a2.code()).isEqualTo(a1.code());
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() {
        Submitted s = submit(FRIDAY_BEFORE_TET);
        FeedbackView v = view(s.code(), FRIDAY_BEFORE_TET);
        act(CONTROL, s.code(), FeedbackAction.CLASSIFY, new ActionInput(v.version(), true, null, null, null),
                FRIDAY_BEFORE_TET);
        assertThatThrownBy(() -> act(PAR_OFFICE, s.code(), FeedbackAction.CLASSIFY,
                new ActionInput(v.version(), false, "Không thuộc phạm vi", null, null), FRIDAY_BEFORE_TET))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).type()).isIn("feedback-stale",
                        "feedback-wrong-status"));
        FeedbackView now = view(s.code(), FRIDAY_BEFORE_TET);
        assertThatThrownBy(() -> act(CONTROL, s.code(), FeedbackAction.FORWARD,
                new ActionInput(now.version() - 1, null, null, null, "STP-92"), FRIDAY_BEFORE_TET))
                .isInstanceOf(DomainException.class).extracting("type").isEqualTo("feedback-stale");
        FeedbackView after = view(s.code(), FRIDAY_BEFORE_TET);
        assertThat(after.status()).isEqualTo(FeedbackStatus.CLASSIFIED);
        assertThat(after.history()).hasSize(2);
    }

    @Test
    void rolesAndAgencyBounds() {
        Submitted s = submit(FRIDAY_BEFORE_TET);
        FeedbackView v = view(s.code(), FRIDAY_BEFORE_TET);
        ActionInput classify = new ActionInput(v.version(), true, null, null, null);
        for (String user : List.of(COUNTER, SPECIALIST)) {
            assertThatThrownBy(() -> act(user, s.code(), FeedbackAction.CLASSIFY, classify, FRIDAY_BEFORE_TET))
                    .isInstanceOf(DomainException.class).extracting("status").isEqualTo(HttpStatus.FORBIDDEN);
        }
        v = act(PAR_OFFICE, s.code(), FeedbackAction.CLASSIFY, classify, FRIDAY_BEFORE_TET);
        int version = v.version();
        // only agencies of the province in force: Sóc Trăng's Department of Justice ended on 1/7/2025
        assertThatThrownBy(() -> act(CONTROL, s.code(), FeedbackAction.FORWARD,
                new ActionInput(version, null, null, null, "STP-94"), FRIDAY_BEFORE_TET))
                .isInstanceOf(DomainException.class).extracting("type").isEqualTo("feedback-agency");
        v = act(CONTROL, s.code(), FeedbackAction.FORWARD, new ActionInput(version, null, null, null, "STP-92"),
                FRIDAY_BEFORE_TET);
        ActionInput answer = new ActionInput(v.version(), null, "Trả lời", null, null);
        // the office does not answer for the agency; another agency's leader neither reads nor answers it
        assertThatThrownBy(() -> act(CONTROL, s.code(), FeedbackAction.ANSWER, answer, FRIDAY_BEFORE_TET))
                .isInstanceOf(DomainException.class).extracting("type").isEqualTo("feedback-role");
        assertThatThrownBy(() -> act(OTHER_LEADER, s.code(), FeedbackAction.ANSWER, answer, FRIDAY_BEFORE_TET))
                .isInstanceOf(DomainException.class).extracting("status").isEqualTo(HttpStatus.FORBIDDEN);
        as(SPECIALIST);
        assertThat(feedbacks.allowedActions(feedbacks.find(s.code(), FRIDAY_BEFORE_TET).orElseThrow()))
                .containsExactly(FeedbackAction.ANSWER);
        assertThat(feedbacks.queue(Feedbacks.Queue.ACTIVE, null, FRIDAY_BEFORE_TET)).extracting(FeedbackView::code)
                .contains(s.code());
        v = act(SPECIALIST, s.code(), FeedbackAction.ANSWER, answer, FRIDAY_BEFORE_TET);
        assertThat(v.answeredBy()).isEqualTo(SPECIALIST);
        // a state that does not allow the action
        int answered = v.version();
        assertThatThrownBy(() -> act(CONTROL, s.code(), FeedbackAction.FORWARD,
                new ActionInput(answered, null, null, null, "STP-92"), FRIDAY_BEFORE_TET))
                .isInstanceOf(DomainException.class).extracting("type").isEqualTo("feedback-wrong-status");
        // a counter officer records hotline feedback but a citizen's channel is refused there
        as(COUNTER);
        Submitted hotline = feedbacks.record(new FeedbackSubmission(FeedbackChannel.HOTLINE, FeedbackKind.OTHER,
                "Qua đường dây nóng", "Nội dung", false, "Lê C", "0299123456", null, null, null, null, null,
                List.of()), FRIDAY_BEFORE_TET);
        assertThat(jdbc.sql("select channel || '/' || received_by from feedback where code = ?")
                .param(hotline.code()).query(String.class).single()).isEqualTo("HOTLINE/" + COUNTER);
        as(SPECIALIST);
        assertThatThrownBy(() -> feedbacks.record(submission("0299123456", "x"), FRIDAY_BEFORE_TET))
                .isInstanceOf(DomainException.class).extracting("status").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void outOfScopeNeedsAReasonAndIsClosedWithoutPublication() {
        Submitted s = submit(FRIDAY_BEFORE_TET);
        FeedbackView v = view(s.code(), FRIDAY_BEFORE_TET);
        int version = v.version();
        assertThatThrownBy(() -> act(CONTROL, s.code(), FeedbackAction.CLASSIFY,
                new ActionInput(version, false, " ", null, null), FRIDAY_BEFORE_TET))
                .isInstanceOf(DomainException.class).extracting("type").isEqualTo("feedback-reason-required");
        v = act(CONTROL, s.code(), FeedbackAction.CLASSIFY, new ActionInput(version, false,
                "Nội dung khiếu nại, giải quyết theo Luật Khiếu nại", null, null), FRIDAY_BEFORE_TET);
        assertThat(v.status()).isEqualTo(FeedbackStatus.OUT_OF_SCOPE);
        assertThat(v.timeliness().pendingDue()).isNull();
        as(CONTROL);
        assertThat(feedbacks.allowedActions(v)).containsExactly(FeedbackAction.CLOSE);
        v = act(CONTROL, s.code(), FeedbackAction.CLOSE, ActionInput.of(v.version()), FRIDAY_BEFORE_TET);
        assertThat(v.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(feedbacks.answer(s.code())).isEmpty();
    }

    @Test
    void everyStepIsInTheHistoryAndTheAuditTrail() {
        Submitted s = submit(FRIDAY_BEFORE_TET);
        FeedbackView v = view(s.code(), FRIDAY_BEFORE_TET);
        v = act(CONTROL, s.code(), FeedbackAction.CLASSIFY, new ActionInput(v.version(), true, null, "Hộ tịch", null),
                FRIDAY_BEFORE_TET);
        v = act(CONTROL, s.code(), FeedbackAction.FORWARD, new ActionInput(v.version(), null, null, null, "STP-92"),
                FRIDAY_BEFORE_TET);
        assertThat(v.history()).extracting(FeedbackView.HistoryEntry::action).containsExactly("receive", "classify",
                "forward");
        assertThat(v.history().get(2).note()).isEqualTo("Sở Tư pháp thành phố Cần Thơ");
        List<String> audit = jdbc.sql("""
                select action || ' ' || coalesce(details->>'from', '') || '>' || coalesce(details->>'to',
                    details->>'status') || ' ' || actor || ' ' || coalesce(details->>'agencyAfter', '')
                from shared_audit_event where subject_type = 'feedback' and subject_id = ? order by id""")
                .param(s.code()).query(String.class).list();
        assertThat(audit).containsExactly("feedback.received >RECEIVED citizen ",
                "feedback.classify RECEIVED>CLASSIFIED kiemsoat.tthc ",
                "feedback.forward CLASSIFIED>FORWARDED kiemsoat.tthc STP-92");
        assertThatThrownBy(() -> jdbc.sql("delete from feedback_history where feedback_id = "
                + "(select id from feedback where code = ?)").param(s.code()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void linksAndAttachmentsAreChecked() {
        FeedbackSubmission unknownDossier = new FeedbackSubmission(FeedbackChannel.ONLINE, FeedbackKind.PROCEDURE,
                "Hồ sơ", "Nội dung", true, null, null, null, null, "STP-92-260101-9999", "1234", null, List.of());
        assertThatThrownBy(() -> feedbacks.submit(unknownDossier, FRIDAY_BEFORE_TET, null))
                .isInstanceOf(DomainException.class).extracting("type").isEqualTo("feedback-dossier");
        FeedbackSubmission unknownProcedure = new FeedbackSubmission(FeedbackChannel.ONLINE, FeedbackKind.PROCEDURE,
                "Thủ tục", "Nội dung", true, null, null, null, null, null, null, "X.000000", List.of());
        assertThatThrownBy(() -> feedbacks.submit(unknownProcedure, FRIDAY_BEFORE_TET, null))
                .isInstanceOf(DomainException.class).extracting("type").isEqualTo("feedback-procedure");
        byte[] pdf = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.ISO_8859_1);
        FeedbackSubmission withFile = new FeedbackSubmission(FeedbackChannel.ONLINE, FeedbackKind.OTHER, "Tệp",
                "Nội dung", true, null, null, null, null, null, null, null,
                List.of(new FeedbackSubmission.Attachment("anh.pdf", "application/pdf", pdf)));
        Submitted s = feedbacks.submit(withFile, FRIDAY_BEFORE_TET, null);
        FeedbackView v = view(s.code(), FRIDAY_BEFORE_TET);
        assertThat(v.files()).singleElement().satisfies(f -> {
            assertThat(f.contentType()).isEqualTo("application/pdf");
            assertThat(f.sha256()).isEqualTo(io.parhub.shared.FileTypes.sha256(pdf));
        });
        FeedbackSubmission text = new FeedbackSubmission(FeedbackChannel.ONLINE, FeedbackKind.OTHER, "Tệp",
                "Nội dung", true, null, null, null, null, null, null, null,
                List.of(new FeedbackSubmission.Attachment("ghi-chu.pdf", "application/pdf",
                        "không phải PDF".getBytes(StandardCharsets.UTF_8))));
        assertThatThrownBy(() -> feedbacks.submit(text, FRIDAY_BEFORE_TET, null))
                .isInstanceOf(DomainException.class).extracting("type").isEqualTo("feedback-file-type");
    }
}
