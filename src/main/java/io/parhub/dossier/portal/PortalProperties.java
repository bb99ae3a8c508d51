package io.parhub.dossier.portal;

import io.parhub.dossier.Dossier;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Synchronisation with the national public service portal ({@code parhub.portal.*}). Messages are always written to
 * the outbox; they are sent only when {@code enabled} is true and {@code base-url} is set.
 *
 * @param enabled send the outbox to the portal (default false)
 * @param baseUrl the portal's address; messages go to {@code {base-url}/dossiers} and {@code {base-url}/progress}
 * @param tokenHeader the header that carries the token (default {@code Authorization})
 * @param token the token's value as sent, e.g. {@code Bearer …}; no header when empty
 * @param statusMap parhub status → portal TrangThaiHoSo; a status not listed keeps its
 *        {@link Dossier.Status#nationalCode()}
 * @param fieldCodes name of a procedure's field (lĩnh vực) → the portal's field code (MaLinhVuc); a field not listed
 *        is sent by its name
 * @param batchSize messages claimed per round of the sender (default 20)
 * @param maxAttempts failed deliveries after which a message is FAILED and waits for "retry now" (default 6)
 * @param backoffInitial delay after the first failure (default 1 minute)
 * @param backoffFactor each further failure multiplies the delay by this (default 2)
 * @param backoffMax the delay never exceeds this (default 6 hours)
 * @param timeout connect and request timeout of one delivery (default 10 seconds)
 */
@ConfigurationProperties("parhub.portal")
public record PortalProperties(boolean enabled, @Nullable String baseUrl, @Nullable String tokenHeader,
        @Nullable String token, @Nullable Map<String, Integer> statusMap, @Nullable Map<String, String> fieldCodes,
        @Nullable Integer batchSize, @Nullable Integer maxAttempts, @Nullable Duration backoffInitial,
        @Nullable Double backoffFactor, @Nullable Duration backoffMax, @Nullable Duration timeout) {

    public PortalProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
        tokenHeader = tokenHeader == null || tokenHeader.isBlank() ? "Authorization" : tokenHeader;
        statusMap = statusMap == null ? Map.of() : Map.copyOf(statusMap);
        fieldCodes = fieldCodes == null ? Map.of() : Map.copyOf(fieldCodes);
        batchSize = batchSize == null || batchSize < 1 ? 20 : batchSize;
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 6 : maxAttempts;
        backoffInitial = backoffInitial == null ? Duration.ofMinutes(1) : backoffInitial;
        backoffFactor = backoffFactor == null || backoffFactor < 1 ? 2.0 : backoffFactor;
        backoffMax = backoffMax == null ? Duration.ofHours(6) : backoffMax;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        for (String status : statusMap.keySet()) {
            if (Arrays.stream(Dossier.Status.values()).noneMatch(s -> s.name().equals(status))) {
                throw new IllegalArgumentException("parhub.portal.status-map: unknown dossier status " + status
                        + "; known: " + Arrays.toString(Dossier.Status.values()));
            }
        }
        for (Map.Entry<String, Integer> e : statusMap.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 10) {
                throw new IllegalArgumentException("parhub.portal.status-map." + e.getKey()
                        + ": the portal's TrangThaiHoSo is 1 to 10");
            }
        }
    }

    /** Sending is switched on and has somewhere to go. */
    public boolean sending() {
        return enabled && baseUrl != null;
    }

    /** The portal's TrangThaiHoSo for a parhub status. */
    public int portalStatus(Dossier.Status status) {
        Integer mapped = statusMap.get(status.name());
        return mapped == null ? status.nationalCode() : mapped;
    }

    /** The whole mapping in force, for the page and the documentation. */
    public Map<Dossier.Status, Integer> effectiveStatusMap() {
        Map<Dossier.Status, Integer> map = new EnumMap<>(Dossier.Status.class);
        for (Dossier.Status s : Dossier.Status.values()) {
            map.put(s, portalStatus(s));
        }
        return map;
    }

    /** The delay before the next attempt after {@code attempts} failed ones (1 = the first failure). */
    public Duration backoff(int attempts) {
        double millis = backoffInitial.toMillis() * Math.pow(backoffFactor, Math.max(0, attempts - 1));
        return millis >= backoffMax.toMillis() ? backoffMax : Duration.ofMillis((long) millis);
    }
}
