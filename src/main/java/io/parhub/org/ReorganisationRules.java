package io.parhub.org;

import io.parhub.org.store.UnitStore;
import io.parhub.org.store.UnitWriter;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks a reorganisation must pass before anything is written; each failure has its own message. */
final class ReorganisationRules {

    private final UnitStore units;
    private final UnitWriter writer;

    ReorganisationRules(UnitStore units, UnitWriter writer) {
        this.units = units;
        this.writer = writer;
    }

    /** @return the old units, as they exist on the effective date */
    List<AdminUnit> check(Reorganisation request) {
        LocalDate day = request.effectiveDate();
        if (day == null || request.kind() == null) {
            throw invalid("org.reorg.required");
        }
        if (request.legalBasis() == null || request.legalBasis().isBlank()) {
            throw invalid("org.reorg.basis-required");
        }
        int olds = request.oldCodes().size();
        int news = request.newUnits().size();
        switch (request.kind()) {
            case MERGE -> require(olds >= 2 && news == 1, "org.reorg.merge-shape");
            case SPLIT -> require(olds == 1 && news >= 2, "org.reorg.split-shape");
            case RENAME -> require(olds == 1 && news == 1, "org.reorg.rename-shape");
            default -> throw invalid("org.reorg.kind", request.kind());
        }
        List<AdminUnit> old = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : request.oldCodes()) {
            String code = raw == null ? "" : raw.strip();
            require(seen.add(code), "org.reorg.duplicate-code", code);
            AdminUnit unit = units.byCode(code, day).orElseThrow(() -> invalid("org.reorg.old-missing", code, day));
            require(unit.validFrom().isBefore(day), "org.reorg.old-starts", code, day);
            old.add(unit);
        }
        require(old.stream().map(AdminUnit::level).distinct().count() == 1, "org.reorg.mixed-levels");
        if (request.kind() == LineageKind.SPLIT) {
            require(writer.children(old.get(0).id(), day).isEmpty(), "org.reorg.split-has-children", old.get(0).code());
        }
        if (request.kind() == LineageKind.RENAME) {
            require(request.newUnits().get(0).code() != null
                    && request.newUnits().get(0).code().strip().equals(old.get(0).code()), "org.reorg.rename-code");
        }
        Set<String> newCodes = new HashSet<>();
        for (Reorganisation.NewUnit unit : request.newUnits()) {
            checkNew(unit, old, day, newCodes);
        }
        return old;
    }

    private void checkNew(Reorganisation.NewUnit unit, List<AdminUnit> old, LocalDate day, Set<String> newCodes) {
        require(unit.code() != null && !unit.code().isBlank() && unit.name() != null && !unit.name().isBlank()
                && unit.type() != null && !unit.type().isBlank(), "org.reorg.new-incomplete");
        String code = unit.code().strip();
        require(code.matches("[A-Za-z0-9-]{1,20}"), "org.reorg.code-form", code);
        require(newCodes.add(code), "org.reorg.duplicate-code", code);
        // codes are reused, but two versions of one code never overlap: an old unit ending today is fine
        boolean overlaps = units.overlapping(code, day, null).stream()
                .anyMatch(v -> old.stream().noneMatch(o -> o.id() == v.id()));
        if (overlaps) {
            throw DomainException.conflict("unit-code-overlap", "org.reorg.code-overlap", code, day);
        }
        String parentCode = unit.parentCode() == null || unit.parentCode().isBlank() ? old.get(0).parentCode()
                : unit.parentCode().strip();
        if (parentCode != null) {
            require(old.stream().noneMatch(o -> o.code().equals(parentCode)), "org.reorg.parent-ended", parentCode);
            AdminUnit parent = units.byCode(parentCode, day)
                    .orElseThrow(() -> invalid("org.reorg.parent-missing", parentCode, day));
            require(parent.level().ordinal() < old.get(0).level().ordinal(), "org.reorg.parent-level", parentCode);
        }
    }

    private static void require(boolean rule, String key, Object... args) {
        if (!rule) {
            throw invalid(key, args);
        }
    }

    private static DomainException invalid(String key, Object... args) {
        return DomainException.invalid("reorganisation-invalid", key, args);
    }
}
