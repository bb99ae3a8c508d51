package io.parhub.feedback;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feedback as a citizen (or the officer who took the call or opened the letter) states it.
 *
 * @param anonymous the submitter's name, phone, email and address are then not kept even when given
 * @param dossierCode optional: a dossier the feedback is about, with {@code dossierCheck} = the last 4 digits of the
 *     phone given for that dossier (as for tracking)
 * @param procedureCode optional: a procedure of the catalogue
 */
public record FeedbackSubmission(FeedbackChannel channel, FeedbackKind kind, String subject, String content,
        boolean anonymous, @Nullable String name, @Nullable String phone, @Nullable String email,
        @Nullable String address, @Nullable String dossierCode, @Nullable String dossierCheck,
        @Nullable String procedureCode, List<Attachment> attachments) {

    public FeedbackSubmission {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file as it arrived; its type is recognised from the bytes, the declared one is only checked. */
    public record Attachment(String originalName, @Nullable String declaredType, byte[] bytes) {
    }

    /** Without attachments, for requests whose content is compared for idempotency. */
    String fingerprint() {
        return String.join("|", channel.name(), kind.name(), subject, content, String.valueOf(anonymous),
                String.valueOf(name), String.valueOf(phone), String.valueOf(email), String.valueOf(address),
                String.valueOf(dossierCode), String.valueOf(procedureCode),
                String.join(",", attachments.stream().map(a -> io.parhub.shared.FileTypes.sha256(a.bytes())).toList()));
    }
}
