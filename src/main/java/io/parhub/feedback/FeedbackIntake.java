package io.parhub.feedback;

import io.parhub.calendar.WorkingCalendar;
import io.parhub.dossier.Dossiers;
import io.parhub.feedback.store.FeedbackRow;
import io.parhub.feedback.store.FeedbackStore;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import io.parhub.shared.FileTypes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Checks and records a new feedback: the text, the submitter (nothing kept when anonymous), the optional dossier
 * (code + phone digits, as for tracking) or procedure, the files (same rules as dossier files), the code
 * {@code PAKN-yyMMdd-nnnn} and the forwarding deadline; history, audit, files and idempotency key in the caller's
 * transaction.
 */
@Component
@EnableConfigurationProperties({FeedbackSettings.class, FeedbackFileLimits.class})
class FeedbackIntake {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedbackStore store;
    private final WorkingCalendar calendar;
    private final Dossiers dossiers;
    private final Procedures procedures;
    private final AuditTrail audit;
    private final FeedbackSettings settings;
    private final FeedbackFileLimits limits;

    FeedbackIntake(FeedbackStore store, WorkingCalendar calendar, Dossiers dossiers, Procedures procedures,
            AuditTrail audit, FeedbackSettings settings, FeedbackFileLimits limits) {
        this.store = store;
        this.calendar = calendar;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.audit = audit;
        this.settings = settings;
        this.limits = limits;
    }

    private record CheckedFile(String name, String contentType, byte[] bytes, String sha256) {
    }

    Submitted register(FeedbackSubmission s, LocalDateTime at, String actor, @Nullable String key) {
        String requestHash = FileTypes.sha256(s.fingerprint().getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            Optional<FeedbackStore.KeyEntry> earlier = store.claim(key, requestHash);
            if (earlier.isPresent()) {
                FeedbackStore.KeyEntry e = earlier.get();
                if (!e.requestHash().equals(requestHash) || e.code() == null) {
                    throw DomainException.conflict("feedback-idempotency-key", "feedback.problem.idempotency-key",
                            key);
                }
                FeedbackRow first = store.find(e.code()).orElseThrow();
                boolean secret = "SECRET".equals(first.checkKind);
                String check = secret ? String.valueOf(e.secret()) : last4(first.phone);
                return new Submitted(first.code, FeedbackStatus.valueOf(first.status), check, secret, true);
            }
        }
        LocalDate day = at.toLocalDate();
        String subject = required(s.subject(), 200, "subject");
        String content = required(s.content(), 5000, "content");
        String name = s.anonymous() ? null : limit(PersonalData.clean(s.name()), 200, "name");
        String phone = s.anonymous() ? null : limit(PersonalData.clean(s.phone()), 20, "phone");
        String email = s.anonymous() ? null : limit(PersonalData.clean(s.email()), 200, "email");
        String address = s.anonymous() ? null : limit(PersonalData.clean(s.address()), 300, "address");
        if (!s.anonymous()) {
            // NĐ 20/2008: a feedback states who sends it and how to answer; otherwise it is sent anonymously
            if (name == null || (PersonalData.digits(phone).length() < 4 && email == null)) {
                throw DomainException.invalid("feedback-submitter", "feedback.problem.submitter");
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                throw DomainException.invalid("feedback-submitter", "feedback.problem.email", email);
            }
        }
        String dossierCode = PersonalData.clean(s.dossierCode());
        if (dossierCode != null) {
            String check = PersonalData.clean(s.dossierCheck());
            if (check == null || dossiers.track(dossierCode, check).isEmpty()) {
                throw DomainException.invalid("feedback-dossier", "feedback.problem.dossier", dossierCode);
            }
        }
        String procedureCode = PersonalData.clean(s.procedureCode());
        String procedureName = null;
        if (procedureCode != null) {
            Procedure p = procedures.find(procedureCode, day).orElseThrow(() -> DomainException.invalid(
                    "feedback-procedure", "feedback.problem.procedure", procedureCode));
            procedureName = p.content().name();
        }
        List<CheckedFile> files = check(s.attachments());

        boolean secret = PersonalData.digits(phone).length() < 4;
        String check = secret ? String.format("%06d", RANDOM.nextInt(1_000_000)) : last4(phone);
        Instant now = at.atZone(VIETNAM).toInstant();
        FeedbackRow r = new FeedbackRow();
        r.code = store.nextCode(day);
        r.channel = s.channel().name();
        r.kind = s.kind().name();
        r.subject = subject;
        r.content = content;
        r.anonymous = s.anonymous();
        r.name = name;
        r.phone = phone;
        r.email = email;
        r.address = address;
        r.checkKind = secret ? "SECRET" : "PHONE";
        r.secretHash = secret ? FileTypes.sha256(check.getBytes(StandardCharsets.UTF_8)) : null;
        r.dossierCode = dossierCode;
        r.procedureCode = procedureCode;
        r.procedureName = procedureName;
        r.status = FeedbackStatus.RECEIVED.name();
        r.receivedAt = now;
        r.receivedBy = actor;
        // NĐ 20/2008: classified and forwarded within 5 working days, counted from the day after reception
        // (BLDS 2015 Điều 147) on the official calendar
        r.forwardDueOn = calendar.addWorkingDays(day, settings.forwardWorkingDays());
        r.updatedAt = now;
        long id = store.insert(r);
        for (CheckedFile f : files) {
            store.file(id, r.code, f.name(), f.contentType(), f.bytes(), f.sha256(), now, actor);
        }
        store.history(id, now, actor, "receive", null, r.status, null);
        Map<String, @Nullable Object> details = new HashMap<>();
        details.put("status", r.status);
        details.put("channel", r.channel);
        details.put("kind", r.kind);
        details.put("anonymous", r.anonymous);
        details.put("forwardDueOn", r.forwardDueOn.toString());
        details.put("dossier", dossierCode);
        details.put("procedure", procedureCode);
        details.put("files", files.stream().map(CheckedFile::sha256).toList());
        audit.record(actor, "feedback.received", "feedback", r.code, details);
        if (key != null) {
            store.complete(key, r.code, secret ? check : null);
        }
        return new Submitted(r.code, FeedbackStatus.RECEIVED, check, secret, false);
    }

    private List<CheckedFile> check(List<FeedbackSubmission.Attachment> attachments) {
        long total = 0;
        List<CheckedFile> out = new ArrayList<>();
        for (FeedbackSubmission.Attachment a : attachments) {
            String name = a.originalName().isBlank() ? "?" : a.originalName().strip();
            if (a.bytes().length == 0) {
                throw DomainException.invalid("feedback-file-empty", "feedback.problem.file-empty", name);
            }
            if (a.bytes().length > limits.maxFileSize().toBytes()) {
                throw DomainException.invalid("feedback-file-too-large", "feedback.problem.file-too-large", name,
                        limits.maxFileSize().toMegabytes());
            }
            total += a.bytes().length;
            Optional<String> detected = FileTypes.detect(a.bytes());
            String declared = a.declaredType() == null ? ""
                    : a.declaredType().split(";")[0].strip().toLowerCase(Locale.ROOT);
            boolean declaredMatches = declared.isEmpty() || declared.equals("application/octet-stream")
                    || detected.map(declared::equals).orElse(false)
                    || ("image/jpg".equals(declared) && detected.equals(Optional.of(FileTypes.JPEG)));
            if (detected.isEmpty() || !limits.allowedTypes().contains(detected.get()) || !declaredMatches) {
                throw DomainException.invalid("feedback-file-type", "feedback.problem.file-type", name,
                        String.join(", ", limits.allowedTypes()));
            }
            out.add(new CheckedFile(name, detected.get(), a.bytes(), FileTypes.sha256(a.bytes())));
        }
        if (total > limits.maxSubmissionSize().toBytes()) {
            throw DomainException.invalid("feedback-file-too-large", "feedback.problem.files-too-large",
                    limits.maxSubmissionSize().toMegabytes());
        }
        return out;
    }

    private static String required(@Nullable String value, int max, String field) {
        String v = PersonalData.clean(value);
        if (v == null) {
            throw DomainException.invalid("feedback-required", "feedback.problem.required", field);
        }
        return java.util.Objects.requireNonNull(limit(v, max, field));
    }

    private static @Nullable String limit(@Nullable String v, int max, String field) {
        if (v != null && v.length() > max) {
            throw DomainException.invalid("feedback-too-long", "feedback.problem.too-long", field, max);
        }
        return v;
    }

    static String last4(@Nullable String phone) {
        String d = PersonalData.digits(phone);
        return d.length() < 4 ? "" : d.substring(d.length() - 4);
    }
}
