package io.parhub.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.survey.RoundIndex.UnitFigure;
import io.parhub.survey.SurveyMethod.Weighting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The index arithmetic with hand-computed expectations: shares of satisfied answers per question, group, unit and
 * province; "no answer" left out; units below the minimum reported as having no figure (null, not 0%); the method's
 * options; and the Sóc Trăng 2019 report's sentences reproduced from constructed answers.
 */
class SurveyIndexTest extends SurveyTestSupport {

    @Autowired
    Agencies agencies;

    private static Questionnaires.Draft q(int n, Part part, String group) {
        return new Questionnaires.Draft(n, part, group, "Nhóm " + group, "Câu thử " + n);
    }

    /** Two groups of two questions: A (policy: 1, 2) and B (service: 3, 4). */
    private Questionnaire fourQuestions() {
        return designed("Phiếu thử bốn câu", List.of(q(1, Part.POLICY, "A"), q(2, Part.POLICY, "A"),
                q(3, Part.SERVICE, "B"), q(4, Part.SERVICE, "B")));
    }

    private static Map<Integer, Integer> form(int q1, int q2, int q3, int q4) {
        return Map.of(1, q1, 2, q2, 3, q3, 4, q4);
    }

    /** The five forms of the arithmetic example: three of STP-92, two of SNV-92. */
    private static final List<Map<Integer, Integer>> STP_FORMS = List.of(form(5, 4, 3, 0), form(2, 5, 5, 5),
            form(0, 0, 1, 4));
    private static final List<Map<Integer, Integer>> SNV_FORMS = List.of(form(5, 5, 5, 5), form(1, 1, 1, 1));

    @Test
    void indexArithmeticPerQuestionGroupUnitAndProvinceWithUnitsBelowTheMinimum() {
        Questionnaire questionnaire = fourQuestions();
        as(PAR_OFFICE);
        SurveyRound round = rounds.create(new SurveyRounds.NewRound(2031, "Đợt thử số học", "UBND-92",
                List.of("STP-92", "SNV-92", "VPUB-92"), questionnaire.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), 10, 1L, SurveyMethod.DEFAULT.withMinResponses(3)));
        STP_FORMS.forEach(f -> paper(round.id(), "STP-92", f));
        SNV_FORMS.forEach(f -> paper(round.id(), "SNV-92", f));

        RoundIndex result = index.round(round.id());

        // province: satisfied (4–5) 2+3+1+4+0 = 10 of 3+4+2+4+4 = 17 answered items
        assertThat(result.province().satisfied()).isEqualTo(10);
        assertThat(result.province().answered()).isEqualTo(17);
        assertThat(result.province().responses()).isEqualTo(5);
        assertThat(result.province().rate()).isEqualByComparingTo("58.82");
        // STP-92: 6 of 9 = 66.67 %, below the 80 % target
        UnitFigure stp = unit(result, "STP-92");
        assertThat(stp.figure().rate()).isEqualByComparingTo("66.67");
        assertThat(stp.figure().satisfied()).isEqualTo(6);
        assertThat(stp.figure().answered()).isEqualTo(9);
        assertThat(stp.reachedTarget()).isFalse();
        // STP-92's group A was answered by two forms only (the third left it blank): not enough for a figure
        assertThat(stp.groups().get(0).figure().rate()).isNull();
        assertThat(stp.groups().get(0).figure().responses()).isEqualTo(2);
        // its group B: levels (3, none), (5, 5), (1, 4) → 3 satisfied of 5 answered
        assertThat(stp.groups().get(1).figure().rate()).isEqualByComparingTo("60.00");
        // SNV-92 has 2 forms, VPUB-92 none: reported as without enough answers, not as 0 %
        UnitFigure snv = unit(result, "SNV-92");
        assertThat(snv.figure().rate()).isNull();
        assertThat(snv.figure().enough()).isFalse();
        assertThat(snv.figure().responses()).isEqualTo(2);
        assertThat(snv.figure().satisfied()).isEqualTo(4);
        assertThat(snv.reachedTarget()).isNull();
        UnitFigure vpub = unit(result, "VPUB-92");
        assertThat(vpub.figure().rate()).isNull();
        assertThat(vpub.figure().responses()).isZero();
        assertThat(result.unitsReachingTarget()).isZero();
        assertThat(result.unitsWithoutEnough()).isEqualTo(2);
        // groups over the province: A 5 of 8 = 62.50 %, B 5 of 9 = 55.56 %
        assertThat(result.groups()).extracting(g -> g.code()).containsExactly("A", "B");
        assertThat(result.groups().get(0).figure().rate()).isEqualByComparingTo("62.50");
        assertThat(result.groups().get(1).figure().rate()).isEqualByComparingTo("55.56");
        // question 1: levels 5, 2, (none), 5, 1 → 2 of 4 = 50 %; distribution [no answer, 1, 2, 3, 4, 5]
        assertThat(result.questions().get(0).figure().rate()).isEqualByComparingTo("50.00");
        assertThat(result.questions().get(0).distribution()).containsExactly(1L, 1L, 1L, 0L, 0L, 2L);
        assertThat(result.questions().get(3).figure().rate()).isEqualByComparingTo("75.00");
        // the sentences: no previous year, 0 of 3 units on target, 2 units without enough forms
        assertThat(result.provinceComparison()).isNull();
        assertThat(result.sentencesVi()).containsExactly(
                "Chỉ số hài lòng chung của tỉnh năm 2031 đạt 58,82%.",
                "0/3 đơn vị được khảo sát đạt tỷ lệ hài lòng mục tiêu (80%).",
                "2 đơn vị chưa đủ số phiếu tối thiểu (3 phiếu) nên chưa có chỉ số.");
        assertThat(result.sentencesEn()).containsExactly(
                "The province's overall satisfaction index in 2031 was 58.82%.",
                "0 of 3 surveyed units reached the target satisfaction rate (80%).",
                "2 units had fewer than the minimum 3 forms and have no figure.");
        // the public API for the PAR Index: a unit without enough answers has no rate
        assertThat(index.forUnit("SNV-92", 2031)).get().satisfies(u -> {
            assertThat(u.rate()).isNull();
            assertThat(u.enough()).isFalse();
            assertThat(u.responses()).isEqualTo(2);
        });
        assertThat(index.forUnit("STP-92", 2031).orElseThrow().rate()).isEqualByComparingTo("66.67");
    }

    @Test
    void theMethodIsConfigurationAndChangesTheResultAsDocumented() {
        Questionnaire questionnaire = fourQuestions();
        List<IndexCalculator.Answers> forms = new ArrayList<>();
        STP_FORMS.forEach(f -> forms.add(answers("STP-92", questionnaire, f)));
        SNV_FORMS.forEach(f -> forms.add(answers("SNV-92", questionnaire, f)));
        List<SurveyRound.Unit> units = List.of(new SurveyRound.Unit("STP-92", 1, "STP"),
                new SurveyRound.Unit("SNV-92", 2, "SNV"));
        SurveyMethod base = SurveyMethod.DEFAULT.withMinResponses(3);

        // default: each answered item weighs the same: 10 / 17
        assertThat(province(base, questionnaire, units, forms)).isEqualByComparingTo("58.82");
        // each question weighs the same: (2/4 + 3/4 + 2/5 + 3/4) / 4 = 0.6
        assertThat(province(base.withWeighting(Weighting.QUESTION), questionnaire, units, forms))
                .isEqualByComparingTo("60.00");
        // each respondent weighs the same: (2/3 + 3/4 + 1/2 + 1 + 0) / 5 = 0.58333
        assertThat(province(base.withWeighting(Weighting.RESPONDENT), questionnaire, units, forms))
                .isEqualByComparingTo("58.33");
        // "Bình thường" (3) counted as satisfied too: 11 / 17
        assertThat(province(base.withSatisfiedLevels(Set.of(3, 4, 5)), questionnaire, units, forms))
                .isEqualByComparingTo("64.71");
        // only part II (service) in the overall index: 5 / 9
        assertThat(province(base.withParts(Set.of(Part.SERVICE)), questionnaire, units, forms))
                .isEqualByComparingTo("55.56");
        // a lower minimum gives SNV-92 a figure: 4 / 8 = 50 %
        IndexCalculator.Result lower = new IndexCalculator(base.withMinResponses(2), questionnaire.questions())
                .compute(units, forms);
        assertThat(lower.units().get(1).figure().rate()).isEqualByComparingTo("50.00");
        // a higher minimum leaves the province without a figure, still not 0
        IndexCalculator.Result higher = new IndexCalculator(base.withMinResponses(6), questionnaire.questions())
                .compute(units, forms);
        assertThat(higher.province().rate()).isNull();
        assertThat(higher.province().satisfied()).isEqualTo(10);
        // the target decides who reached it: STP-92's 66.67 % reaches a 60 % target
        IndexCalculator.Result target = new IndexCalculator(base.withTargetRate(new BigDecimal("60")),
                questionnaire.questions()).compute(units, forms);
        assertThat(target.units().get(0).reachedTarget()).isTrue();
    }

    @Test
    void theSocTrang2019SentencesAreStatedFromTheAnswers() {
        Questionnaire questionnaire = designed("Phiếu thử một câu", List.of(q(1, Part.SERVICE, "II.1")));
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2020, 6, 30);
        // the registry starts on 1/1/2020, so both rounds take units in force in the first half of 2020
        Agency province = agencies.byCode("UBND-94", to).orElseThrow();
        List<String> units = agencies.all(to).stream()
                .filter(a -> a.id() != province.id() && a.path().contains("/" + province.id() + "/"))
                .map(Agency::code).limit(43).toList();
        assertThat(units).hasSize(43);
        SurveyMethod method = SurveyMethod.DEFAULT.withMinResponses(2);
        as(PAR_OFFICE);
        SurveyRound y2018 = rounds.create(new SurveyRounds.NewRound(2018, "SIPAS 2018 (thử)", "UBND-94", units,
                questionnaire.id(), from, to, 50, 7L, method));
        SurveyRound y2019 = rounds.create(new SurveyRounds.NewRound(2019, "SIPAS 2019 (thử)", "UBND-94", units,
                questionnaire.id(), from, to, 50, 7L, method));

        // 2018: 92 satisfied of 109 answered = 84.40 %
        for (int i = 0; i < 109; i++) {
            paper(y2018.id(), units.get(i % 43), Map.of(1, i < 92 ? 4 + i % 2 : 1 + i % 3));
        }
        // 2019: 38 units with 2 satisfied forms each; 4 units with 2 of 4, one unit with 3 of 6 → 87 of 98 = 88.78 %
        for (int u = 0; u < 38; u++) {
            paper(y2019.id(), units.get(u), Map.of(1, 5));
            paper(y2019.id(), units.get(u), Map.of(1, 4));
        }
        for (int u = 38; u < 43; u++) {
            int forms = u == 42 ? 6 : 4;
            for (int f = 0; f < forms; f++) {
                paper(y2019.id(), units.get(u), Map.of(1, f < forms / 2 ? 4 : 2 + f % 2));
            }
        }
        // a form left entirely unanswered counts nowhere
        paper(y2019.id(), units.get(0), Map.of(1, 0));

        RoundIndex result = index.round(y2019.id());
        assertThat(result.province().satisfied()).isEqualTo(87);
        assertThat(result.province().answered()).isEqualTo(98);
        assertThat(result.province().rate()).isEqualByComparingTo("88.78");
        assertThat(result.provinceComparison().previousRate()).isEqualByComparingTo("84.40");
        assertThat(result.provinceComparison().difference()).isEqualByComparingTo("4.38");
        assertThat(result.unitsReachingTarget()).isEqualTo(38);
        assertThat(result.units()).hasSize(43);
        assertThat(unit(result, units.get(0)).figure().responses()).isEqualTo(2);
        assertThat(result.sentencesVi()).containsExactly(
                "Chỉ số hài lòng chung của tỉnh năm 2019 đạt 88,78%, tăng 4,38 điểm % so với năm 2018.",
                "38/43 đơn vị được khảo sát đạt tỷ lệ hài lòng mục tiêu (80%).");
        assertThat(result.sentencesEn()).containsExactly(
                "The province's overall satisfaction index in 2019 was 88.78%, up 4.38 percentage points on 2018.",
                "38 of 43 surveyed units reached the target satisfaction rate (80%).");
        // the scope's figure for the PAR Index, and the same figures as open data without signing in
        assertThat(index.forUnit("UBND-94", 2019).orElseThrow().rate()).isEqualByComparingTo("88.78");
        var response = get("/api/v1/surveys/rounds/" + y2019.id() + "/index");
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json(response);
        assertThat(body.get("province").get("rate").decimalValue()).isEqualByComparingTo("88.78");
        assertThat(body.get("sentencesVi").get(1).asString())
                .isEqualTo("38/43 đơn vị được khảo sát đạt tỷ lệ hài lòng mục tiêu (80%).");
        assertThat(get("/api/v1/surveys/units/UBND-94?year=2018").body()).contains("84.4");
    }

    private static UnitFigure unit(RoundIndex index, String code) {
        return index.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private static IndexCalculator.Answers answers(String unit, Questionnaire q, Map<Integer, Integer> byNumber) {
        Map<Long, Integer> levels = new java.util.HashMap<>();
        q.questions().forEach(x -> levels.put(x.id(), byNumber.getOrDefault(x.number(), 0)));
        return new IndexCalculator.Answers(unit, levels);
    }

    private static BigDecimal province(SurveyMethod method, Questionnaire q, List<SurveyRound.Unit> units,
            List<IndexCalculator.Answers> forms) {
        return new IndexCalculator(method, q.questions()).compute(units, forms).province().rate();
    }
}
