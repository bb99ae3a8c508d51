package io.parhub.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A reproducible random sample: every candidate gets the key SHA-256(seed | unit | dossier code) and the
 * {@code size} smallest keys are taken. The same seed and frame give the same sample whatever order the frame is
 * read in, and each unit's draw is independent of the others'.
 */
final class Sampling {

    private Sampling() {
    }

    static List<String> pick(List<String> codes, long seed, String unitCode, int size) {
        return codes.stream().distinct()
                .sorted(Comparator.comparing((String code) -> key(seed, unitCode, code)).thenComparing(c -> c))
                .limit(size).toList();
    }

    static String key(long seed, String unitCode, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((seed + "|" + unitCode + "|" + code)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
