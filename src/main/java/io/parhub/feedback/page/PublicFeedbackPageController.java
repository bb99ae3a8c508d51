package io.parhub.feedback.page;

import io.parhub.feedback.FeedbackChannel;
import io.parhub.feedback.FeedbackFileLimits;
import io.parhub.feedback.FeedbackKind;
import io.parhub.feedback.FeedbackSubmission;
import io.parhub.feedback.Feedbacks;
import io.parhub.feedback.PublicAnswer;
import io.parhub.feedback.Submitted;
import io.parhub.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

/**
 * The public side of feedback, without an account: published answers with search, the form (works without
 * JavaScript; a hidden idempotency key makes a double submit one feedback), the confirmation and the follow-up page.
 */
@Controller
class PublicFeedbackPageController {

    static final int PAGE_SIZE = 20;

    private final Feedbacks feedbacks;
    private final FeedbackFileLimits limits;
    private final MessageSource messages;
    private final Clock clock;

    PublicFeedbackPageController(Feedbacks feedbacks, FeedbackFileLimits limits, MessageSource messages,
            Clock clock) {
        this.feedbacks = feedbacks;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/feedback")
    ModelAndView answers(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "0") int page) {
        FeedbackKind k = kind == null || kind.isBlank() ? null : FeedbackKind.bySlug(kind).orElse(null);
        List<PublicAnswer> answers = feedbacks.answers(q, k, page, PAGE_SIZE + 1);
        ModelAndView view = new ModelAndView("feedback/list");
        view.addObject("answers", answers.size() > PAGE_SIZE ? answers.subList(0, PAGE_SIZE) : answers);
        view.addObject("more", answers.size() > PAGE_SIZE);
        view.addObject("q", q == null ? "" : q);
        view.addObject("kind", k == null ? "" : k.slug());
        view.addObject("kinds", FeedbackKind.values());
        view.addObject("page", Math.max(0, page));
        return view;
    }

    @GetMapping("/feedback/answers/{code}")
    ModelAndView answer(@PathVariable String code) {
        PublicAnswer answer = feedbacks.answer(code).orElseThrow(() -> DomainException.notFound(
                "feedback-not-found", "feedback.problem.not-found", code));
        return new ModelAndView("feedback/answer").addObject("answer", answer);
    }

    @GetMapping("/feedback/new")
    ModelAndView form(@RequestParam(name = "procedure", required = false) @Nullable String procedure,
            @RequestParam(name = "dossier", required = false) @Nullable String dossier) {
        FeedbackForm form = new FeedbackForm();
        form.setProcedureCode(procedure);
        form.setDossierCode(dossier);
        form.setKind(procedure != null || dossier != null ? FeedbackKind.PROCEDURE.slug() : null);
        return page(form, null);
    }

    @PostMapping("/feedback/new")
    ModelAndView submit(@ModelAttribute("form") FeedbackForm form, HttpServletRequest request) {
        try {
            FeedbackSubmission s = form.submission(FeedbackChannel.ONLINE, attachments(request));
            Submitted out = feedbacks.submit(s, LocalDateTime.now(clock), form.getIdempotencyKey());
            return new ModelAndView("feedback/submitted").addObject("submitted", out);
        } catch (DomainException e) {
            if (e.type().equals("feedback-idempotency-key")) {
                form.setIdempotencyKey(null);
            }
            ModelAndView view = page(form, messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            view.setStatus(e.status() == HttpStatus.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
            return view;
        }
    }

    @GetMapping("/feedback/track")
    ModelAndView track(@RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String check) {
        ModelAndView view = new ModelAndView("feedback/track");
        view.addObject("code", code == null ? "" : code.strip());
        view.addObject("check", "");
        if (code != null && !code.isBlank()) {
            var found = feedbacks.track(code, check == null ? "" : check);
            view.addObject("tracking", found.orElse(null));
            view.addObject("notFound", found.isEmpty());
            if (found.isEmpty()) {
                view.setStatus(HttpStatus.NOT_FOUND);
            }
        }
        return view;
    }

    private ModelAndView page(FeedbackForm form, @Nullable String problem) {
        if (form.getIdempotencyKey() == null || form.getIdempotencyKey().isBlank()) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
        }
        ModelAndView view = new ModelAndView("feedback/new");
        view.addObject("form", form);
        view.addObject("kinds", FeedbackKind.values());
        view.addObject("problem", problem);
        view.addObject("maxFileMb", limits.maxFileSize().toMegabytes());
        view.addObject("maxSubmissionMb", limits.maxSubmissionSize().toMegabytes());
        return view;
    }

    /** The chosen files of the input {@code files}; a browser sends an empty part when none is chosen. */
    static List<FeedbackSubmission.Attachment> attachments(HttpServletRequest http) {
        List<FeedbackSubmission.Attachment> out = new ArrayList<>();
        MultipartHttpServletRequest request = WebUtils.getNativeRequest(http, MultipartHttpServletRequest.class);
        if (request == null) {
            return out;
        }
        for (MultipartFile file : request.getFiles("files")) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            if (name.isBlank() && file.isEmpty()) {
                continue;
            }
            try {
                out.add(new FeedbackSubmission.Attachment(name, file.getContentType(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
