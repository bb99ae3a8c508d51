package io.parhub.org;

import io.parhub.org.store.ReorganisationStore;
import io.parhub.org.store.UnitStore;
import io.parhub.org.store.UnitWriter;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reorganisation = one transaction: validate → end the old units → create the new versions → move children →
 * lineage → audit. The rules follow how the Standing Committee's resolutions are written (e.g. Nghị quyết
 * 1105/NQ-UBTVQH15: "thành lập Phường 1 trên cơ sở nhập toàn bộ ... Phường 9 và ... Phường 1").
 */
@Service
class ReorganisationService implements Reorganisations {

    private final UnitStore units;
    private final UnitWriter writer;
    private final ReorganisationStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReorganisationService(UnitStore units, UnitWriter writer, ReorganisationStore store, AuditTrail audit,
            TransactionTemplate transaction, Clock clock) {
        this.units = units;
        this.writer = writer;
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public ReorganisationResult record(Reorganisation request, String actor, @Nullable String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        String hash = fingerprint(request);
        try {
            return transaction.execute(status -> {
                if (key != null) {
                    var earlier = store.byKey(key);
                    if (earlier.isPresent()) {
                        return replay(earlier.get(), hash);
                    }
                }
                return apply(request, actor, key, hash);
            });
        } catch (DuplicateKeyException raced) {
            // the same key committed meanwhile by a concurrent retry: answer with its result
            return transaction.execute(status -> replay(store.byKey(key).orElseThrow(), hash));
        }
    }

    private ReorganisationResult replay(ReorganisationStore.Recorded earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw DomainException.conflict("idempotency-key-reused", "org.reorg.key-reused");
        }
        return store.result(earlier.id(), true);
    }

    private ReorganisationResult apply(Reorganisation request, String actor, @Nullable String key, String hash) {
        List<AdminUnit> old = new ReorganisationRules(units, writer).check(request);
        var day = request.effectiveDate();
        long id = store.create(key, hash, request.kind(), day, request.legalBasis().strip(), actor, Instant.now(clock));
        // end first: a rename keeps the code, and two versions of one code may not overlap even for a moment
        for (AdminUnit unit : old) {
            writer.end(unit.id(), writer.version(unit.id()), day);
        }
        List<Long> created = new ArrayList<>();
        for (Reorganisation.NewUnit unit : request.newUnits()) {
            Long parent = parentOf(unit, old.get(0), day);
            created.add(writer.create(unit.code().strip(), unit.name().strip(), old.get(0).level(),
                    unit.type().strip(), parent, day, null));
        }
        for (AdminUnit unit : old) {
            if (request.kind() != LineageKind.SPLIT) {
                writer.moveChildren(unit.id(), created.get(0), day);
            }
            for (long successor : created) {
                writer.lineage(unit.id(), successor, request.kind(), day, request.legalBasis().strip(), null, id);
            }
        }
        ReorganisationResult result = store.result(id, false);
        for (String code : result.createdCodes()) {
            audit.record(actor, "org.reorganised", "org_unit", code, Map.of("reorganisation", id,
                    "kind", request.kind().name(), "effectiveDate", day.toString(),
                    "legalBasis", request.legalBasis().strip(), "ended", result.endedCodes(),
                    "created", result.createdCodes()));
        }
        return result;
    }

    private @Nullable Long parentOf(Reorganisation.NewUnit unit, AdminUnit firstOld, java.time.LocalDate day) {
        String parentCode = unit.parentCode() == null || unit.parentCode().isBlank() ? firstOld.parentCode()
                : unit.parentCode().strip();
        return parentCode == null ? null : units.byCode(parentCode, day).map(AdminUnit::id).orElseThrow();
    }

    /** Equal requests give equal fingerprints, so a retry can be told from a different request under the same key. */
    static String fingerprint(Reorganisation request) {
        StringBuilder text = new StringBuilder().append(request.kind()).append('|').append(request.effectiveDate())
                .append('|').append(request.legalBasis().strip()).append('|').append(request.oldCodes());
        for (Reorganisation.NewUnit unit : request.newUnits()) {
            text.append('|').append(unit.code()).append(',').append(unit.name()).append(',').append(unit.type())
                    .append(',').append(unit.parentCode());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
