package io.parhub.org.web;

import io.parhub.org.AdminUnit;
import io.parhub.org.UnitLink;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A unit version as the public API shows it. */
record UnitJson(String code, String name, String level, String type, @Nullable String parentCode,
        LocalDate validFrom, @Nullable LocalDate validTo) {

    static UnitJson of(AdminUnit unit) {
        return new UnitJson(unit.code(), unit.name(), unit.level().key(), unit.type(), unit.parentCode(),
                unit.validFrom(), unit.validTo());
    }

    /** A unit with the versions it came from and the ones that followed it. */
    record Detail(String code, String name, String level, String type, @Nullable String parentCode,
            LocalDate validFrom, @Nullable LocalDate validTo, List<Related> predecessors, List<Related> successors,
            boolean abolished) {

        static Detail of(AdminUnit unit, List<UnitLink> predecessors, List<UnitLink> successors) {
            return new Detail(unit.code(), unit.name(), unit.level().key(), unit.type(), unit.parentCode(),
                    unit.validFrom(), unit.validTo(), Related.of(predecessors), Related.of(successors),
                    successors.stream().anyMatch(l -> l.other() == null));
        }
    }

    /** The other side of a lineage relation: enough to follow it with {@code /units/{code}?at=validFrom}. */
    record Related(String code, String name, LocalDate validFrom, String kind, LocalDate effectiveDate,
            String legalBasis) {

        static List<Related> of(List<UnitLink> links) {
            return links.stream().filter(l -> l.other() != null).map(l -> new Related(l.other().code(),
                    l.other().name(), l.other().validFrom(), l.kind().name(), l.effectiveDate(), l.legalBasis()))
                    .toList();
        }
    }
}
