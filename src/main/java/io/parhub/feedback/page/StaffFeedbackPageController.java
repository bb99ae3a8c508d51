package io.parhub.feedback.page;

import io.parhub.feedback.ActionInput;
import io.parhub.feedback.FeedbackAction;
import io.parhub.feedback.FeedbackChannel;
import io.parhub.feedback.FeedbackKind;
import io.parhub.feedback.FeedbackSettings;
import io.parhub.feedback.FeedbackStatus;
import io.parhub.feedback.FeedbackView;
import io.parhub.feedback.Feedbacks;
import io.parhub.feedback.Submitted;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Staff pages: the queue with due-soon and late flags, one feedback with the actions its state allows, hotline/post entry. */
@Controller
class StaffFeedbackPageController {

    static final List<String> QUEUES = List.of("active", "due-soon", "late", "all");

    private final Feedbacks feedbacks;
    private final Agencies agencies;
    private final FeedbackSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    StaffFeedbackPageController(Feedbacks feedbacks, Agencies agencies, FeedbackSettings settings,
            MessageSource messages, Clock clock) {
        this.feedbacks = feedbacks;
        this.agencies = agencies;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/staff/feedback")
    ModelAndView queue(@RequestParam(defaultValue = "active") String queue,
            @RequestParam(required = false) @Nullable String status) {
        String q = QUEUES.contains(queue) ? queue : "active";
        FeedbackStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = FeedbackStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                st = null;
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ModelAndView view = new ModelAndView("feedback/staff-queue");
        view.addObject("items", feedbacks.queue(Feedbacks.Queue.valueOf(q.toUpperCase(Locale.ROOT).replace('-', '_')),
                st, now));
        view.addObject("queue", q);
        view.addObject("queues", QUEUES);
        view.addObject("status", st == null ? "" : st.name());
        view.addObject("statuses", FeedbackStatus.values());
        return view;
    }

    @GetMapping("/staff/feedback/new")
    ModelAndView entryForm() {
        FeedbackForm form = new FeedbackForm();
        form.setChannel(FeedbackChannel.HOTLINE.name());
        return entryPage(form, null);
    }

    @PostMapping("/staff/feedback/new")
    ModelAndView entry(@ModelAttribute("form") FeedbackForm form, HttpServletRequest request) {
        try {
            FeedbackChannel channel = FeedbackChannel.POST.name().equals(form.getChannel()) ? FeedbackChannel.POST
                    : FeedbackChannel.HOTLINE;
            Submitted out = feedbacks.record(form.submission(channel,
                    PublicFeedbackPageController.attachments(request)), LocalDateTime.now(clock));
            return new ModelAndView("redirect:/staff/feedback/" + out.code() + "?done=receive&check=" + out.check());
        } catch (DomainException e) {
            ModelAndView view = entryPage(form, message(e));
            view.setStatus(e.status());
            return view;
        }
    }

    @GetMapping("/staff/feedback/{code}")
    ModelAndView detail(@PathVariable String code, @RequestParam(required = false) @Nullable String done,
            @RequestParam(required = false) @Nullable String check) {
        ModelAndView view = detailPage(code, null);
        view.addObject("done", done);
        view.addObject("newCheck", check);
        return view;
    }

    @PostMapping("/staff/feedback/{code}/actions/{action}")
    ModelAndView act(@PathVariable String code, @PathVariable String action, @RequestParam int version,
            @RequestParam(required = false) @Nullable String inScope, @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String agencyCode) {
        FeedbackAction verb = FeedbackAction.bySlug(action).orElseThrow(() -> DomainException.notFound(
                "feedback-unknown-action", "feedback.problem.unknown-action", action));
        try {
            Boolean scope = inScope == null || inScope.isBlank() ? null : Boolean.valueOf(inScope);
            feedbacks.act(code, verb, new ActionInput(version, scope, text, field, agencyCode),
                    LocalDateTime.now(clock));
            return new ModelAndView("redirect:/staff/feedback/" + code + "?done=" + verb.slug());
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            ModelAndView view = detailPage(code, message(e));
            view.setStatus(e.status());
            return view;
        }
    }

    @GetMapping("/staff/feedback/{code}/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long id) {
        Feedbacks.StoredFile f = feedbacks.file(code, id).orElseThrow(() -> DomainException.notFound(
                "feedback-not-found", "feedback.problem.not-found", code));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").header("X-Content-SHA256", f.sha256()).body(f.bytes());
    }

    private ModelAndView detailPage(String code, @Nullable String problem) {
        FeedbackView f = feedbacks.find(code, LocalDateTime.now(clock)).orElseThrow(() -> DomainException.notFound(
                "feedback-not-found", "feedback.problem.not-found", code));
        List<FeedbackAction> actions = feedbacks.allowedActions(f);
        ModelAndView view = new ModelAndView("feedback/staff-detail");
        view.addObject("f", f);
        view.addObject("actions", actions.stream().map(FeedbackAction::slug).toList());
        view.addObject("problem", problem);
        if (actions.contains(FeedbackAction.FORWARD)) {
            view.addObject("agencies", competentAgencies());
        }
        if (actions.contains(FeedbackAction.PUBLISH)) {
            view.addObject("previewQuestion", feedbacks.scrub(f, null));
            view.addObject("previewAnswer", feedbacks.scrub(f, f.answer() == null ? "" : f.answer()));
        }
        return view;
    }

    private List<Agency> competentAgencies() {
        LocalDate today = LocalDate.now(clock);
        return agencies.byCode(settings.provinceAgency(), today).map(p -> agencies.all(today).stream()
                .filter(a -> agencies.isWithin(a.id(), p.id())).toList()).orElse(List.of());
    }

    private ModelAndView entryPage(FeedbackForm form, @Nullable String problem) {
        ModelAndView view = new ModelAndView("feedback/staff-new");
        view.addObject("form", form);
        view.addObject("kinds", FeedbackKind.values());
        view.addObject("problem", problem);
        return view;
    }

    private String message(DomainException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
    }
}
