package io.parhub.planning;

import io.parhub.planning.store.PlanStore;
import io.parhub.planning.store.PlanStore.AssignmentRow;
import io.parhub.planning.store.PlanStore.PlanRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds a {@link PlanView} from the stored rows: flags computed as of the day asked, progress in Vietnam's time. */
@Component
class PlanViews {

    private final PlanStore store;
    private final PlanRules rules;

    PlanViews(PlanStore store, PlanRules rules) {
        this.store = store;
        this.rules = rules;
    }

    PlanView view(long planId, LocalDate today) {
        PlanRow p = rules.plan(planId);
        boolean signedIn = rules.current().isPresent();
        Map<Long, List<AssignmentRow>> assignments = store.assignments(planId).stream()
                .collect(Collectors.groupingBy(AssignmentRow::itemId));
        Map<Long, List<PlanStore.ProgressRow>> progress = store.progress(planId).stream()
                .collect(Collectors.groupingBy(PlanStore.ProgressRow::assignmentId));
        Map<Long, List<Long>> links = store.links(planId).stream().collect(Collectors.groupingBy(
                PlanStore.LinkRow::unitItemId, Collectors.mapping(PlanStore.LinkRow::provinceItemId,
                        Collectors.toList())));
        Map<Long, List<PlanStore.ItemRow>> items = store.items(planId).stream()
                .collect(Collectors.groupingBy(PlanStore.ItemRow::groupId));
        List<PlanView.Group> groups = store.groups(planId).stream().map(g -> new PlanView.Group(g.id(), g.number(),
                g.name(), items.getOrDefault(g.id(), List.of()).stream().map(i -> new PlanView.Item(i.id(), i.number(),
                        i.content(), i.output(), i.deadline(), i.deadline() == null ? null
                                : rules.effectiveDeadline(i.deadline()), i.indicators(),
                        assignments.getOrDefault(i.id(), List.of()).stream().map(a -> new PlanView.Assignment(a.id(),
                                a.agencyCode(), rules.name(a.agencyCode(), p.year()),
                                AssignmentStatus.valueOf(a.status()), a.percent(), a.doneOn(), a.version(),
                                rules.flags(i.deadline(), a, today), signedIn && rules.mayUpdate(a, p.year()),
                                progress.getOrDefault(a.id(), List.of()).stream().map(r -> new PlanView.Progress(
                                        LocalDateTime.ofInstant(r.at(), PlanRules.VIETNAM), r.by(), r.percent(),
                                        r.note(), r.evidenceLink())).toList())).toList(),
                        links.getOrDefault(i.id(), List.of()))).toList())).toList();
        return new PlanView(p.id(), PlanLevel.valueOf(p.level()), p.agencyCode(), rules.name(p.agencyCode(), p.year()),
                p.year(), p.number(), p.title(), p.issuedOn(), p.signer(), PlanStatus.valueOf(p.status()),
                p.illustrative(), p.version(), groups);
    }
}
