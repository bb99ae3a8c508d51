package io.parhub.parindex;

import io.parhub.parindex.store.CriteriaStore;
import io.parhub.parindex.store.CycleStore;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scorecards, progress and rankings, computed from the scores when asked. */
@Service
@Transactional(readOnly = true)
public class ParIndexResults implements ParIndex {

    private final CycleStore cycles;
    private final CriteriaStore criteria;
    private final CriteriaSets sets;

    public ParIndexResults(CycleStore cycles, CriteriaStore criteria, CriteriaSets sets) {
        this.cycles = cycles;
        this.criteria = criteria;
        this.sets = sets;
    }

    public Optional<Cycle> cycle(int year) {
        return cycles.cycle(year);
    }

    public List<Cycle> cycles() {
        return cycles.cycles();
    }

    public List<Entry> entries(int year) {
        return cycles.cycle(year).map(c -> cycles.entries(c.id())).orElse(List.of());
    }

    public List<Entry> entriesOfAgency(long agencyId) {
        return cycles.entriesOfAgency(agencyId);
    }

    public Optional<Entry> entry(long id) {
        return cycles.entry(id);
    }

    @Transactional
    public Scorecard scorecard(long entryId) {
        Entry entry = cycles.entry(entryId).orElseThrow(() -> DomainException.notFound("parindex-entry-not-found",
                "parindex.error.entry-not-found", String.valueOf(entryId)));
        Cycle cycle = cycles.cycleById(entry.cycleId()).orElseThrow();
        List<Criterion> all = criteria.criteria(entry.setId());
        List<Criterion> leaves = CriteriaSets.leaves(all);
        Map<Long, Score> scores = cycles.scores(entryId).stream()
                .collect(Collectors.toMap(Score::criterionId, Function.identity()));
        List<Scorecard.Line> lines = all.stream().map(c -> new Scorecard.Line(c, leaves.contains(c),
                scores.get(c.id()))).toList();
        List<Scorecard.Area> areas = new ArrayList<>();
        for (Criterion area : all.stream().filter(Criterion::isArea).toList()) {
            List<Criterion> in = leaves.stream().filter(l -> l.areaCode().equals(area.code())).toList();
            BigDecimal max = Scoring.total(in.stream().map(Criterion::maxPoints).toList());
            BigDecimal got = Scoring.total(in.stream().map(l -> effective(scores.get(l.id()))).toList());
            areas.add(new Scorecard.Area(area.code(), area.name(), got, max, max.subtract(got),
                    Scoring.percent(got, max)));
        }
        BigDecimal max = Scoring.total(leaves.stream().map(Criterion::maxPoints).toList());
        BigDecimal total = Scoring.total(leaves.stream().map(l -> effective(scores.get(l.id()))).toList());
        BigDecimal percent = Scoring.percent(total, max);
        return new Scorecard(cycle, entry, sets.set(entry.setId()), lines, areas, total, max, percent,
                sets.bands(cycle.year()).classify(percent), cycles.evidence(entryId));
    }

    private static BigDecimal effective(Score s) {
        return s == null ? BigDecimal.ZERO : s.effective();
    }

    /** Each unit's total and maximum as they stand. */
    public List<Scoring.Scored> totals(int year) {
        Cycle cycle = cycles.cycle(year).orElseThrow(() -> DomainException.notFound("parindex-cycle-not-found",
                "parindex.error.cycle-not-found", String.valueOf(year)));
        Map<Long, List<Criterion>> leavesBySet = new HashMap<>();
        List<Scoring.Scored> out = new ArrayList<>();
        for (Entry e : cycles.entries(cycle.id())) {
            List<Criterion> leaves = leavesBySet.computeIfAbsent(e.setId(),
                    s -> CriteriaSets.leaves(criteria.criteria(s)));
            Map<Long, Score> scores = cycles.scores(e.id()).stream()
                    .collect(Collectors.toMap(Score::criterionId, Function.identity()));
            out.add(new Scoring.Scored(e.unitCode(), e.unitName(), e.group(), e.ranked(),
                    Scoring.total(leaves.stream().map(l -> effective(scores.get(l.id()))).toList()),
                    Scoring.total(leaves.stream().map(Criterion::maxPoints).toList())));
        }
        return out;
    }

    /** The year's ranking with last year's percent and the change, whatever the cycle's status. */
    @Transactional
    public List<Scoring.Ranked> ranking(int year) {
        Map<String, BigDecimal> previous = new HashMap<>();
        if (cycles.cycle(year - 1).isPresent()) {
            for (Scoring.Scored s : totals(year - 1)) {
                previous.put(s.unitCode(), Scoring.percent(s.score(), s.maxScore()));
            }
        }
        return Scoring.rank(totals(year), sets.bands(year), previous);
    }

    /** Whether the year's results rest on an illustrative (demo) criteria set: pages and documents then say so. */
    public boolean illustrative(int year) {
        return cycles.usesIllustrativeSet(year);
    }

    @Override
    @Transactional
    public Optional<List<RankingRow>> publishedRanking(int year) {
        return cycles.cycle(year).filter(c -> c.status() == CycleStatus.PUBLISHED)
                .map(c -> ranking(year).stream().map(Scoring.Ranked::row).toList());
    }

    /** Ranked units per band and group, as the publication decision's table; excluded units apart. */
    public static Map<String, Map<UnitGroup, Integer>> bandByGroup(List<Scoring.Ranked> ranking, BandTable bands) {
        Map<String, Map<UnitGroup, Integer>> table = new LinkedHashMap<>();
        for (Band b : bands.bands()) {
            Map<UnitGroup, Integer> row = new EnumMap<>(UnitGroup.class);
            for (UnitGroup g : UnitGroup.values()) {
                row.put(g, 0);
            }
            table.put(b.code(), row);
        }
        for (Scoring.Ranked r : ranking) {
            if (r.rank() != null) {
                table.get(r.band().code()).merge(r.unit().group(), 1, Integer::sum);
            }
        }
        return table;
    }

    /** A unit's percent, band and rank in every year it was assessed. */
    @Transactional
    public List<Scoring.Ranked> history(String unitCode) {
        List<Scoring.Ranked> out = new ArrayList<>();
        for (Entry e : cycles.entriesOfUnit(unitCode)) {
            int year = cycles.cycleById(e.cycleId()).orElseThrow().year();
            ranking(year).stream().filter(r -> r.unit().unitCode().equals(unitCode)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    @Transactional
    public BandTable bands(int year) {
        return sets.bands(year);
    }

    public byte[] evidenceBytes(long id) {
        return cycles.evidenceBytes(id);
    }

    public Optional<Evidence> evidence(long id) {
        return cycles.evidenceFile(id);
    }

    public Optional<Long> entryOfScore(long scoreId) {
        return cycles.entryOfScore(scoreId);
    }
}
