package io.parhub.dossier.serviceindex;

import io.parhub.dossier.ServiceIndex.Group;
import io.parhub.dossier.ServiceIndex.Metric;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One version of the indicator set, in force from {@code validFrom} until the next version. Read from a YAML file
 * (with SnakeYAML, which Spring Boot already brings for application.yml) and checked: a set that does not add up
 * is refused with a message naming what is wrong.
 */
record IndicatorSet(String code, String name, String nameEn, String legalBasis, LocalDate validFrom,
        Map<Group, Integer> groups, List<Indicator> indicators) {

    /** points = maxPoints × share, the share given by the rule from the measured rate (0..1). */
    record Indicator(String code, Group group, String name, String nameEn, double points, Metric metric, Rule rule,
            boolean verified) {
    }

    /** LINEAR: share = rate. THRESHOLDS: the share of the highest step whose minimum (percent) the rate reaches. */
    record Rule(Kind kind, List<Step> steps) {

        enum Kind { LINEAR, THRESHOLDS }

        record Step(double minPercent, double share) {
        }

        double share(double rate) {
            if (kind == Kind.LINEAR) {
                return Math.max(0, Math.min(1, rate));
            }
            double percent = rate * 100;
            return steps.stream().filter(s -> percent + 1e-9 >= s.minPercent()).mapToDouble(Step::share).max()
                    .orElse(0);
        }

        String describe() {
            return kind == Kind.LINEAR ? "linear" : "thresholds " + steps.stream()
                    .map(s -> fmt(s.minPercent()) + "%:" + fmt(s.share())).collect(Collectors.joining(", "));
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }

    /** The set's problem, with the file it came from. */
    static final class Invalid extends IllegalStateException {
        Invalid(String source, String message) {
            super("Service index indicator set " + source + ": " + message);
        }
    }

    static IndicatorSet parse(InputStream in, String source) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> map)) {
            throw new Invalid(source, "not a YAML mapping");
        }
        String code = text(map, "code", source);
        Map<Group, Integer> groups = new EnumMap<>(Group.class);
        if (!(map.get("groups") instanceof Map<?, ?> g)) {
            throw new Invalid(source, "no groups");
        }
        g.forEach((k, v) -> groups.put(group(String.valueOf(k), source), number(v, "groups." + k, source)
                .intValue()));
        List<Indicator> indicators = new ArrayList<>();
        if (!(map.get("indicators") instanceof List<?> list) || list.isEmpty()) {
            throw new Invalid(source, "no indicators");
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> i)) {
                throw new Invalid(source, "an indicator is not a mapping");
            }
            String c = text(i, "code", source);
            Metric metric;
            try {
                metric = Metric.valueOf(text(i, "metric", source).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Invalid(source, "indicator " + c + ": unknown metric " + i.get("metric"));
            }
            indicators.add(new Indicator(c, group(text(i, "group", source), source), text(i, "name", source),
                    text(i, "name_en", source), number(i.get("points"), c + ".points", source).doubleValue(),
                    metric, rule(i, c, source), Boolean.TRUE.equals(i.get("verified"))));
        }
        IndicatorSet set = new IndicatorSet(code, text(map, "name", source), text(map, "name_en", source),
                text(map, "legal_basis", source), date(map.get("valid_from"), source), groups, List.copyOf(indicators));
        set.check(source);
        return set;
    }

    /** The decision's five groups with their maxima, adding up to 100, each filled exactly by its indicators. */
    void check(String source) {
        for (Group group : Group.values()) {
            Integer max = groups.get(group);
            if (max == null || max != group.max()) {
                throw new Invalid(source, "group " + group + " must have " + group.max() + " points, has " + max);
            }
            double sum = indicators.stream().filter(i -> i.group() == group).mapToDouble(Indicator::points).sum();
            if (Math.abs(sum - max) > 1e-9) {
                throw new Invalid(source, "the indicators of " + group + " add up to " + sum + ", not " + max);
            }
        }
        int total = groups.values().stream().mapToInt(Integer::intValue).sum();
        if (total != 100) {
            throw new Invalid(source, "the groups add up to " + total + ", not 100");
        }
        Set<String> codes = new HashSet<>();
        for (Indicator i : indicators) {
            if (!codes.add(i.code())) {
                throw new Invalid(source, "indicator code " + i.code() + " appears twice");
            }
            if (i.points() <= 0) {
                throw new Invalid(source, "indicator " + i.code() + " has no points");
            }
        }
    }

    private static Rule rule(Map<?, ?> i, String code, String source) {
        String kind = text(i, "rule", source).toUpperCase(Locale.ROOT);
        if (kind.equals("LINEAR")) {
            return new Rule(Rule.Kind.LINEAR, List.of());
        }
        if (!kind.equals("THRESHOLDS")) {
            throw new Invalid(source, "indicator " + code + ": unknown rule " + i.get("rule"));
        }
        if (!(i.get("thresholds") instanceof List<?> list) || list.isEmpty()) {
            throw new Invalid(source, "indicator " + code + ": rule thresholds without thresholds");
        }
        List<Rule.Step> steps = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> s)) {
                throw new Invalid(source, "indicator " + code + ": a threshold is not a mapping");
            }
            double min = number(s.get("min"), code + ".min", source).doubleValue();
            double share = number(s.get("share"), code + ".share", source).doubleValue();
            if (min < 0 || min > 100 || share < 0 || share > 1) {
                throw new Invalid(source, "indicator " + code + ": threshold min must be 0–100 and share 0–1");
            }
            steps.add(new Rule.Step(min, share));
        }
        steps.sort(Comparator.comparingDouble(Rule.Step::minPercent).reversed());
        return new Rule(Rule.Kind.THRESHOLDS, List.copyOf(steps));
    }

    private static Group group(String name, String source) {
        try {
            return Group.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(source, "unknown group " + name);
        }
    }

    private static String text(Map<?, ?> map, String key, String source) {
        Object v = map.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new Invalid(source, "missing " + key + (map.get("code") == null ? "" : " in " + map.get("code")));
        }
        return String.valueOf(v).strip();
    }

    private static Number number(@Nullable Object v, String what, String source) {
        if (v instanceof Number n) {
            return n;
        }
        throw new Invalid(source, what + " is not a number: " + v);
    }

    private static LocalDate date(@Nullable Object v, String source) {
        if (v instanceof java.util.Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (RuntimeException e) {
            throw new Invalid(source, "valid_from is not a date: " + v);
        }
    }
}
