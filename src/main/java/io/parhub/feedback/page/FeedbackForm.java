package io.parhub.feedback.page;

import io.parhub.feedback.FeedbackChannel;
import io.parhub.feedback.FeedbackKind;
import io.parhub.feedback.FeedbackSubmission;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the citizens' form and the officers' entry form post; every field may be missing. */
public class FeedbackForm {
    private @Nullable String kind;
    private @Nullable String channel;
    private @Nullable String subject;
    private @Nullable String content;
    private boolean anonymous;
    private @Nullable String name;
    private @Nullable String phone;
    private @Nullable String email;
    private @Nullable String address;
    private @Nullable String dossierCode;
    private @Nullable String dossierCheck;
    private @Nullable String procedureCode;
    private @Nullable String idempotencyKey;

    FeedbackSubmission submission(FeedbackChannel ch, List<FeedbackSubmission.Attachment> files) {
        FeedbackKind k = FeedbackKind.bySlug(kind == null ? "" : kind).orElse(FeedbackKind.OTHER);
        return new FeedbackSubmission(ch, k, subject == null ? "" : subject, content == null ? "" : content,
                anonymous, name, phone, email, address, dossierCode, dossierCheck, procedureCode, files);
    }

    public @Nullable String getKind() { return kind; }
    public void setKind(@Nullable String v) { kind = v; }
    public @Nullable String getChannel() { return channel; }
    public void setChannel(@Nullable String v) { channel = v; }
    public @Nullable String getSubject() { return subject; }
    public void setSubject(@Nullable String v) { subject = v; }
    public @Nullable String getContent() { return content; }
    public void setContent(@Nullable String v) { content = v; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean v) { anonymous = v; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String v) { name = v; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String v) { phone = v; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String v) { email = v; }
    public @Nullable String getAddress() { return address; }
    public void setAddress(@Nullable String v) { address = v; }
    public @Nullable String getDossierCode() { return dossierCode; }
    public void setDossierCode(@Nullable String v) { dossierCode = v; }
    public @Nullable String getDossierCheck() { return dossierCheck; }
    public void setDossierCheck(@Nullable String v) { dossierCheck = v; }
    public @Nullable String getProcedureCode() { return procedureCode; }
    public void setProcedureCode(@Nullable String v) { procedureCode = v; }
    public @Nullable String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(@Nullable String v) { idempotencyKey = v; }
}
