package io.parhub.dossier.slip;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on one slip. Build it with {@link #builder(SlipKind)}; the compact constructor checks that the
 * fields the chosen form needs are there (a receipt needs an appointment, a supplement request its missing items, and
 * so on), so a slip is never printed half empty.
 *
 * @param kind           which form
 * @param receivedAt     when the dossier was received (local time, Asia/Ho_Chi_Minh); picks the {@link #regime()}
 * @param issuer         the issuing body and where the slip is issued
 * @param issuedOn       the date on the place-and-date line
 * @param dossierCode    the dossier code, e.g. {@code 000.00.12.H13-251124-0001}
 * @param applicant      the person or organisation the dossier belongs to
 * @param procedureName  the procedure (nội dung yêu cầu giải quyết)
 * @param procedureCode  the procedure's code in the national database, may be null
 * @param components     the components received (receipt); may be empty for other forms
 * @param missingItems   what must be supplemented and why (supplement request)
 * @param refusalReasons why the dossier is not received (refusal)
 * @param appointmentAt  the appointment for the result (receipt, apology: the original appointment; control sheet)
 * @param apology        the reason for the delay and the new date (apology), otherwise null
 * @param officerName    the receiving officer (or, for the apology, the head of the agency who signs)
 * @param register       book and entry in the dossier register (Sổ theo dõi hồ sơ), may be null
 * @param trackingUrl    the public tracking page, encoded in the QR code; see {@link #trackingUrl(String, String)}
 * @param steps          the processing steps (control sheet)
 */
public record SlipData(
        SlipKind kind,
        LocalDateTime receivedAt,
        Issuer issuer,
        LocalDate issuedOn,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        String procedureCode,
        List<Component> components,
        List<MissingItem> missingItems,
        List<String> refusalReasons,
        LocalDateTime appointmentAt,
        Apology apology,
        String officerName,
        Register register,
        String trackingUrl,
        List<ControlStep> steps) {

    public SlipData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedOn, "issuedOn");
        requireText(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        requireText(procedureName, "procedureName");
        requireText(trackingUrl, "trackingUrl");
        components = components == null ? List.of() : List.copyOf(components);
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
        refusalReasons = refusalReasons == null ? List.of() : List.copyOf(refusalReasons);
        steps = steps == null ? List.of() : List.copyOf(steps);
        switch (kind) {
            case RECEIPT -> {
                Objects.requireNonNull(appointmentAt, "a receipt needs appointmentAt");
                if (components.isEmpty()) {
                    throw new IllegalArgumentException("a receipt lists the components received");
                }
            }
            case SUPPLEMENT_REQUEST -> {
                if (missingItems.isEmpty()) {
                    throw new IllegalArgumentException("a supplement request lists every missing item");
                }
            }
            case REFUSAL -> {
                if (refusalReasons.isEmpty() || refusalReasons.stream().anyMatch(r -> r == null || r.isBlank())) {
                    throw new IllegalArgumentException("a refusal states its reasons");
                }
            }
            case APOLOGY -> {
                Objects.requireNonNull(appointmentAt, "an apology needs the original appointmentAt");
                Objects.requireNonNull(apology, "an apology needs its reason and new date");
            }
            case CONTROL_SHEET -> {
                if (steps.isEmpty()) {
                    throw new IllegalArgumentException("a control sheet lists the processing steps");
                }
            }
        }
    }

    /** The forms in force when the dossier was received. */
    public SlipRegime regime() {
        return SlipRegime.forReceptionDate(receivedAt.toLocalDate());
    }

    /** {@code <baseUrl>/tracking/<code>}, the public tracking page the QR code points to. */
    public static String trackingUrl(String baseUrl, String dossierCode) {
        requireText(baseUrl, "baseUrl");
        requireText(dossierCode, "dossierCode");
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/tracking/" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8);
    }

    public static Builder builder(SlipKind kind) {
        return new Builder(kind);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /**
     * The issuing body.
     *
     * @param parentBody   the line above the agency, e.g. "UBND thành phố Cần Thơ"
     * @param agencyName   e.g. "Trung tâm Phục vụ hành chính công thành phố Cần Thơ"
     * @param place        the place on the date line, e.g. "Cần Thơ"
     * @param contactPhone the number citizens call for guidance (supplement request), may be null
     */
    public record Issuer(String parentBody, String agencyName, String place, String contactPhone) {
        public Issuer {
            requireText(parentBody, "parentBody");
            requireText(agencyName, "agencyName");
            requireText(place, "place");
        }
    }

    /** The applicant; address, phone and email may be null. */
    public record Applicant(String name, String address, String phone, String email) {
        public Applicant {
            requireText(name, "applicant name");
        }
    }

    /** One component received: its name and how many originals (bản chính) and copies (bản sao). */
    public record Component(String name, int originals, int copies) {
        public Component {
            requireText(name, "component name");
            if (originals < 0 || copies < 0 || originals + copies == 0) {
                throw new IllegalArgumentException("a component is received at least once: " + name);
            }
        }
    }

    /** One item to supplement or complete, and why. */
    public record MissingItem(String item, String reason) {
        public MissingItem {
            requireText(item, "missing item");
            requireText(reason, "reason for " + item);
        }
    }

    /** Why the result is late and the new date (apology). */
    public record Apology(String reason, LocalDateTime newAppointmentAt) {
        public Apology {
            requireText(reason, "apology reason");
            Objects.requireNonNull(newAppointmentAt, "newAppointmentAt");
        }
    }

    /** The dossier register's book (quyển số) and entry number (số thứ tự). */
    public record Register(String book, int number) {
        public Register {
            requireText(book, "register book");
        }
    }

    /**
     * One processing step on the control sheet.
     *
     * @param step       what the step is, e.g. "Thẩm định hồ sơ"
     * @param unit       the unit handling it
     * @param officer    the officer handling it, may be null
     * @param receivedAt when the step received the dossier
     * @param dueAt      the step's planned deadline
     * @param doneAt     when it was actually done, null while in progress
     */
    public record ControlStep(String step, String unit, String officer, LocalDateTime receivedAt,
                              LocalDateTime dueAt, LocalDateTime doneAt) {
        public ControlStep {
            requireText(step, "step");
            requireText(unit, "unit");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(dueAt, "dueAt");
        }

        /** "Trước hạn", "Đúng hạn", "Quá hạn" or, while not done, "Đang xử lý" (or "Quá hạn" once past due at {@code now}). */
        public String outcome(LocalDateTime now) {
            if (doneAt == null) {
                return now != null && now.isAfter(dueAt) ? "Quá hạn" : "Đang xử lý";
            }
            if (doneAt.isAfter(dueAt)) {
                return "Quá hạn";
            }
            return doneAt.toLocalDate().isBefore(dueAt.toLocalDate()) ? "Trước hạn" : "Đúng hạn";
        }
    }

    /** Fluent builder; {@link #build()} runs the checks. */
    public static final class Builder {
        private final SlipKind kind;
        private LocalDateTime receivedAt;
        private Issuer issuer;
        private LocalDate issuedOn;
        private String dossierCode;
        private Applicant applicant;
        private String procedureName;
        private String procedureCode;
        private final List<Component> components = new ArrayList<>();
        private final List<MissingItem> missingItems = new ArrayList<>();
        private final List<String> refusalReasons = new ArrayList<>();
        private LocalDateTime appointmentAt;
        private Apology apology;
        private String officerName;
        private Register register;
        private String trackingUrl;
        private final List<ControlStep> steps = new ArrayList<>();

        private Builder(SlipKind kind) {
            this.kind = kind;
        }

        public Builder receivedAt(LocalDateTime value) { this.receivedAt = value; return this; }
        public Builder issuer(Issuer value) { this.issuer = value; return this; }
        public Builder issuedOn(LocalDate value) { this.issuedOn = value; return this; }
        public Builder dossierCode(String value) { this.dossierCode = value; return this; }
        public Builder applicant(Applicant value) { this.applicant = value; return this; }
        public Builder procedure(String name, String code) { this.procedureName = name; this.procedureCode = code; return this; }
        public Builder component(String name, int originals, int copies) { components.add(new Component(name, originals, copies)); return this; }
        public Builder components(List<Component> values) { components.addAll(values); return this; }
        public Builder missing(String item, String reason) { missingItems.add(new MissingItem(item, reason)); return this; }
        public Builder refusalReason(String reason) { refusalReasons.add(reason); return this; }
        public Builder appointmentAt(LocalDateTime value) { this.appointmentAt = value; return this; }
        public Builder apology(String reason, LocalDateTime newAppointmentAt) { this.apology = new Apology(reason, newAppointmentAt); return this; }
        public Builder officerName(String value) { this.officerName = value; return this; }
        public Builder register(String book, int number) { this.register = new Register(book, number); return this; }
        public Builder trackingUrl(String value) { this.trackingUrl = value; return this; }
        public Builder step(ControlStep value) { steps.add(value); return this; }

        public SlipData build() {
            return new SlipData(kind, receivedAt, issuer, issuedOn == null && receivedAt != null
                    ? receivedAt.toLocalDate() : issuedOn, dossierCode, applicant, procedureName, procedureCode,
                    components, missingItems, refusalReasons, appointmentAt, apology, officerName, register,
                    trackingUrl, steps);
        }
    }
}
