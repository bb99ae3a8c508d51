package io.parhub.dossier.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages to the portal: {@code POST {base-url}/dossiers} or {@code {base-url}/progress} with
 * the payload as JSON. 2xx → SENT; anything else (or no answer) → the attempt is counted, the next one is put off by
 * the backoff and the error kept; after {@code max-attempts} the message is FAILED and waits for "retry now".
 *
 * <p>Several application instances may run the sender at once: each round claims its rows with
 * {@code for update skip locked} in one transaction that lasts while they are posted (bounded by the timeout).
 * A dossier's messages go out in order: see {@link PortalOutbox#claimDue}.
 */
@Component
public class PortalSender {

    /** What one call did. */
    public record Report(int sent, int retrying, int failed) {
    }

    private static final Logger log = LoggerFactory.getLogger(PortalSender.class);
    /** A round claims at most one message per dossier; this bounds the rounds of one call. */
    private static final int MAX_ROUNDS = 50;

    private final PortalOutbox outbox;
    private final PortalProperties properties;
    private final TransactionTemplate transactions;
    private final HttpClient http;

    PortalSender(PortalOutbox outbox, PortalProperties properties, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.properties = properties;
        this.transactions = transactions;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends every message due at {@code now} (the scheduler passes the clock's time); nothing when sending is off. */
    public Report sendDue(Instant now) {
        if (!properties.sending()) {
            return new Report(0, 0, 0);
        }
        int[] totals = new int[3];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int[] done = Objects.requireNonNull(transactions.execute(tx -> round(now)));
            for (int i = 0; i < 3; i++) {
                totals[i] += done[i];
            }
            if (done[0] + done[1] + done[2] == 0 || Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        return new Report(totals[0], totals[1], totals[2]);
    }

    private int[] round(Instant now) {
        int[] done = new int[3];
        List<PortalOutbox.Message> due = outbox.claimDue(now, properties.batchSize());
        for (PortalOutbox.Message m : due) {
            String error = deliver(m);
            if (error == null) {
                outbox.sent(m.id(), now);
                done[0]++;
                continue;
            }
            int attempts = m.attempts() + 1;
            boolean giveUp = attempts >= properties.maxAttempts();
            outbox.failed(m.id(), attempts, now.plus(properties.backoff(attempts)), error, giveUp);
            done[giveUp ? 2 : 1]++;
            log.warn("Portal delivery of message {} ({} {}) failed, attempt {}{}: {}", m.id(), m.kind(),
                    m.dossierCode(), attempts, giveUp ? ", giving up" : "", error);
        }
        return done;
    }

    /** Null when the portal took the message, else what went wrong. */
    private @Nullable String deliver(PortalOutbox.Message m) {
        String base = Objects.requireNonNull(properties.baseUrl());
        String target = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + m.kind().path();
        try {
            return post(URI.create(target), m.payload());
        } catch (IllegalArgumentException e) {
            return "invalid address " + target + ": " + e.getMessage();
        }
    }

    private @Nullable String post(URI target, String payload) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        String token = properties.token();
        if (token != null && !token.isBlank()) {
            request.header(properties.tokenHeader(), token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            String body = response.body() == null ? "" : response.body().strip();
            return "HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": "
                    + (body.length() > 500 ? body.substring(0, 500) : body));
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
