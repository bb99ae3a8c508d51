package io.parhub.feedback.store;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of {@code feedback}, as the service reads and changes it (enums by name, times as instants). */
public class FeedbackRow {
    public @Nullable Long id;
    public String code = "";
    public String channel = "";
    public String kind = "";
    public String subject = "";
    public String content = "";
    public boolean anonymous;
    public @Nullable String name;
    public @Nullable String phone;
    public @Nullable String email;
    public @Nullable String address;
    public String checkKind = "PHONE";
    public @Nullable String secretHash;
    public @Nullable String dossierCode;
    public @Nullable String procedureCode;
    public @Nullable String procedureName;
    public String status = "";
    public @Nullable String scopeReason;
    public @Nullable String field;
    public @Nullable Long agencyId;
    public @Nullable String answer;
    public @Nullable String publicQuestion;
    public @Nullable String publicAnswer;
    public Instant receivedAt = Instant.EPOCH;
    public String receivedBy = "";
    public LocalDate forwardDueOn = LocalDate.EPOCH;
    public @Nullable Instant classifiedAt;
    public @Nullable Instant forwardedAt;
    public @Nullable LocalDate answerDueOn;
    public @Nullable Instant answeredAt;
    public @Nullable String answeredBy;
    public @Nullable Instant publishedAt;
    public @Nullable Instant closedAt;
    public Instant updatedAt = Instant.EPOCH;
    public int version;
}
