package io.parhub.dossier.page;

import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.org.AgencyKind;
import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The agencies a form lets one pick as the handling agency (cơ quan giải quyết): those in force on the day, grouped by
 * kind and sorted by their Vietnamese names, so a phone's native list stays short to scan.
 */
@Component
class AgencyChoices {

    /** One {@code <optgroup>}: the kind (its label comes from {@code org.kind.*}) and its agencies by name. */
    record Group(AgencyKind kind, List<Agency> agencies) {
    }

    private final Agencies agencies;

    AgencyChoices(Agencies agencies) {
        this.agencies = agencies;
    }

    List<Group> groups(LocalDate day) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<AgencyKind, List<Agency>> byKind = new EnumMap<>(AgencyKind.class);
        for (Agency a : agencies.all(day)) {
            byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a);
        }
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            list.sort(Comparator.comparing(Agency::name, vietnamese));
            groups.add(new Group(kind, List.copyOf(list)));
        });
        return groups;
    }

    Optional<Agency> byCode(@Nullable String code, LocalDate day) {
        return code == null || code.isBlank() ? Optional.empty() : agencies.byCode(code.strip(), day);
    }

    Optional<Agency> byId(long id) {
        return agencies.byId(id);
    }

    /**
     * The agency a procedure names (competent agency first, then the receiving one), when exactly one agency in force
     * carries that name: "Sở Tư pháp" gives "Sở Tư pháp thành phố Cần Thơ". Generic wording ("UBND cấp xã", "Cơ
     * quan đang quản lý sổ gốc") gives nothing: the citizen then chooses.
     */
    Optional<Agency> named(List<@Nullable String> procedureAgencies, LocalDate day) {
        List<Agency> all = agencies.all(day);
        for (String text : procedureAgencies) {
            if (text == null) {
                continue;
            }
            for (String part : text.split("[,;]")) {
                String wanted = fold(part);
                if (wanted.length() < 4) {
                    continue;
                }
                List<Agency> matches = all.stream().filter(a -> {
                    String name = fold(a.name());
                    return name.equals(wanted) || name.startsWith(wanted + " ");
                }).toList();
                if (matches.size() == 1) {
                    return Optional.of(matches.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where an online dossier is checked (Bộ phận Một cửa, Nghị định 61/2018/NĐ-CP Điều 7): the public service centre
     * of the handling agency's province when there is one (a department's dossiers are received there), otherwise the
     * handling agency itself (a commune People's Committee receives its own).
     */
    Agency receivingFor(Agency handling, LocalDate day) {
        if (handling.kind() == AgencyKind.ONE_STOP_CENTRE || handling.unitCode() == null) {
            return handling;
        }
        return agencies.all(day).stream().filter(a -> a.kind() == AgencyKind.ONE_STOP_CENTRE)
                .filter(a -> handling.unitCode().equals(a.unitCode())).findFirst().orElse(handling);
    }

    /** Lower case, no accents, đ as d, single spaces: how names are compared. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .strip();
    }
}
