package io.parhub.planning.inspection;

import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.org.AgencyKind;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The year page with the forms that build the plan. The unit to inspect is picked from the agencies in force that
 * year, because a typed code is easy to get wrong and codes are reused after a reorganisation.
 */
@Component
class InspectionPlanForms {

    private final Agencies agencies;

    InspectionPlanForms(Agencies agencies) {
        this.agencies = agencies;
    }

    record Option(String code, String name) {
    }

    record Group(AgencyKind kind, List<Option> agencies) {
    }

    /** @param form the values sent, kept after an error; @param error the sentence why they were refused */
    ModelAndView page(InspectionView.Year view, Map<String, String> form, @Nullable String error) {
        boolean planning = view.office() && view.plan() != null;
        Set<String> onPlan = view.units().stream().map(InspectionView.Unit::agencyCode).collect(Collectors.toSet());
        ModelAndView page = new ModelAndView("planning/inspection/year").addObject("view", view)
                .addObject("form", form)
                .addObject("agencyGroups", planning ? groups(view.year(), onPlan) : List.of());
        return error == null ? page : page.addObject("formError", error);
    }

    /**
     * Agencies as {@link InspectionAccess#find} accepts them: existing on 1 January or, when created during the year,
     * on 31 December; those already on the plan are left out.
     */
    List<Group> groups(int year, Set<String> onPlan) {
        Map<String, Agency> byCode = new LinkedHashMap<>();
        agencies.all(LocalDate.of(year, 1, 1)).forEach(a -> byCode.putIfAbsent(a.code(), a));
        agencies.all(LocalDate.of(year, 12, 31)).forEach(a -> byCode.putIfAbsent(a.code(), a));
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<AgencyKind, List<Option>> byKind = new EnumMap<>(AgencyKind.class);
        byCode.values().stream().filter(a -> !onPlan.contains(a.code()))
                .sorted(Comparator.comparing(Agency::name, vietnamese))
                .forEach(a -> byKind.computeIfAbsent(a.kind(), k -> new java.util.ArrayList<>())
                        .add(new Option(a.code(), a.name())));
        return byKind.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }
}
