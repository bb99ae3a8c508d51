package io.parhub.shared;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one way parhub builds an RFC 9457 problem detail: a stable type {@code /problems/<slug>} (a relative
 * reference resolved against the server that answered), the title {@code problem.title.<slug>} and a detail message,
 * both in the caller's language.
 */
public final class Problems {

    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create("/problems/" + slug);
    }

    public static ProblemDetail of(MessageSource messages, Locale locale, HttpStatusCode status, String slug,
            String detailKey, Object... args) {
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setType(type(slug));
        String fallback = status instanceof org.springframework.http.HttpStatus known ? known.getReasonPhrase()
                : String.valueOf(status.value());
        body.setTitle(messages.getMessage("problem.title." + slug, null, fallback, locale));
        body.setDetail(messages.getMessage(detailKey, args, detailKey, locale));
        return body;
    }
}
