package io.parhub.procedure.page;

import io.parhub.procedure.Channel;
import io.parhub.procedure.Fee;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcessingTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff form for one procedure: every field of {@link ProcedureContent} as typed (lists one item per line,
 * dossier components as rows), plus the decision that publishes it. Read into the API's records by
 * {@link ProcedureFormReader}.
 */
public class ProcedureForm {

    /** Empty rows offered under the components, and added by "more rows". */
    static final int SPARE_ROWS = 3;

    private DecisionHeader decision = new DecisionHeader();
    private String code = "";
    private String name = "";
    private String field = "";
    private List<String> levels = new ArrayList<>();
    private String competentAgency = "";
    private String receivingAgency = "";
    private String applicantTypes = "";
    private String steps = "";
    private List<ComponentRow> components = new ArrayList<>();
    private String timeAmount = "";
    private String timeUnit = "";
    private String timeText = "";
    private String fees = "";
    private String feeText = "";
    private String result = "";
    private String requirements = "";
    private String legalBases = "";
    private String onlineMode = "";
    private String legacyOnlineLevel = "";
    private List<String> channels = new ArrayList<>();
    private String nationalDecision = "";
    private String portalUrl = "";

    static ProcedureForm blank(LocalDate today) {
        ProcedureForm form = new ProcedureForm();
        form.decision = DecisionHeader.startingOn(today);
        form.addSpareRows();
        return form;
    }

    static ProcedureForm of(String code, ProcedureContent c, LocalDate today) {
        ProcedureForm form = blank(today);
        form.code = code;
        form.name = c.name();
        form.field = c.field();
        form.levels = new ArrayList<>(c.levels().stream().map(Enum::name).toList());
        form.competentAgency = orEmpty(c.competentAgency());
        form.receivingAgency = orEmpty(c.receivingAgency());
        form.applicantTypes = lines(c.applicantTypes());
        form.steps = lines(c.steps());
        form.components = new ArrayList<>(c.components().stream().map(ComponentRow::of).toList());
        form.addSpareRows();
        ProcessingTime time = c.processingTime();
        if (time != null) {
            form.timeAmount = time.amount() == null ? "" : time.amount().stripTrailingZeros().toPlainString();
            form.timeUnit = time.unit() == null ? "" : time.unit().name();
            form.timeText = orEmpty(time.text());
        }
        form.fees = lines(c.fees().stream().map(ProcedureForm::feeLine).toList());
        form.feeText = orEmpty(c.feeText());
        form.result = orEmpty(c.result());
        form.requirements = orEmpty(c.requirements());
        form.legalBases = lines(c.legalBases());
        form.onlineMode = c.onlineMode() == null ? "" : c.onlineMode().name();
        form.legacyOnlineLevel = c.legacyOnlineLevel() == null ? "" : c.legacyOnlineLevel().toString();
        form.channels = new ArrayList<>(c.channels().stream().map(Channel::name).toList());
        form.nationalDecision = orEmpty(c.nationalDecision());
        form.portalUrl = orEmpty(c.portalUrl());
        return form;
    }

    void addSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            components.add(new ComponentRow());
        }
    }

    /** "Lệ phí đăng ký | 50000 | VND", read back by {@link ProcedureFormReader}. */
    static String feeLine(Fee fee) {
        if (fee.amount() == null) {
            return fee.description();
        }
        return fee.description() + " | " + fee.amount().stripTrailingZeros().toPlainString()
                + (fee.currency() == null ? "" : " | " + fee.currency());
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    private static String clean(String value) {
        return DecisionHeader.clean(value);
    }

    /** Multi-line text keeps its lines; only the ends are trimmed. */
    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public DecisionHeader getDecision() { return decision; }
    public void setDecision(DecisionHeader decision) { this.decision = decision; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = clean(code); }
    public String getName() { return name; }
    public void setName(String name) { this.name = clean(name); }
    public String getField() { return field; }
    public void setField(String field) { this.field = clean(field); }
    public List<String> getLevels() { return levels; }
    public void setLevels(List<String> levels) { this.levels = levels == null ? new ArrayList<>() : levels; }
    public String getCompetentAgency() { return competentAgency; }
    public void setCompetentAgency(String agency) { this.competentAgency = clean(agency); }
    public String getReceivingAgency() { return receivingAgency; }
    public void setReceivingAgency(String agency) { this.receivingAgency = clean(agency); }
    public String getApplicantTypes() { return applicantTypes; }
    public void setApplicantTypes(String applicantTypes) { this.applicantTypes = text(applicantTypes); }
    public String getSteps() { return steps; }
    public void setSteps(String steps) { this.steps = text(steps); }
    public List<ComponentRow> getComponents() { return components; }
    public void setComponents(List<ComponentRow> rows) { this.components = rows == null ? new ArrayList<>() : rows; }
    public String getTimeAmount() { return timeAmount; }
    public void setTimeAmount(String timeAmount) { this.timeAmount = clean(timeAmount); }
    public String getTimeUnit() { return timeUnit; }
    public void setTimeUnit(String timeUnit) { this.timeUnit = clean(timeUnit); }
    public String getTimeText() { return timeText; }
    public void setTimeText(String timeText) { this.timeText = clean(timeText); }
    public String getFees() { return fees; }
    public void setFees(String fees) { this.fees = text(fees); }
    public String getFeeText() { return feeText; }
    public void setFeeText(String feeText) { this.feeText = text(feeText); }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = text(result); }
    public String getRequirements() { return requirements; }
    public void setRequirements(String requirements) { this.requirements = text(requirements); }
    public String getLegalBases() { return legalBases; }
    public void setLegalBases(String legalBases) { this.legalBases = text(legalBases); }
    public String getOnlineMode() { return onlineMode; }
    public void setOnlineMode(String onlineMode) { this.onlineMode = clean(onlineMode); }
    public String getLegacyOnlineLevel() { return legacyOnlineLevel; }
    public void setLegacyOnlineLevel(String level) { this.legacyOnlineLevel = clean(level); }
    public List<String> getChannels() { return channels; }
    public void setChannels(List<String> channels) { this.channels = channels == null ? new ArrayList<>() : channels; }
    public String getNationalDecision() { return nationalDecision; }
    public void setNationalDecision(String nationalDecision) { this.nationalDecision = clean(nationalDecision); }
    public String getPortalUrl() { return portalUrl; }
    public void setPortalUrl(String portalUrl) { this.portalUrl = clean(portalUrl); }
}
