package io.parhub.planning;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan to draft: its level, the issuing agency (the People's Committee for the province's plan, the unit itself for
 * a unit plan), the year, a title, and its task groups with their items.
 */
public record NewPlan(PlanLevel level, String agencyCode, int year, String title, List<Group> groups) {

    public NewPlan {
        groups = List.copyOf(groups);
    }

    /** A task group: a reform area (cải cách thể chế, cải cách TTHC, …). */
    public record Group(int number, String name, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    /**
     * An item (nhiệm vụ): content, expected output, deadline, indicators, the agencies it is assigned to and, for a
     * unit plan, the ids of the province's items it carries out.
     */
    public record Item(String number, String content, @Nullable String output, @Nullable LocalDate deadline,
            @Nullable String indicators, List<String> assignees, List<Long> provinceItemIds) {
        public Item {
            assignees = List.copyOf(assignees);
            provinceItemIds = List.copyOf(provinceItemIds);
        }
    }
}
