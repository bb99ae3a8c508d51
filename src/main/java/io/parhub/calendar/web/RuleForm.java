package io.parhub.calendar.web;

import io.parhub.calendar.store.RuleDraft;

/** The admin form that adds a holiday rule; strings, so that a wrong value comes back to the form as typed. */
public class RuleForm {

    /** The article that gives a holiday on a weekend its compensatory day, proposed for every new rule. */
    static final String DEFAULT_COMPENSATORY_BASIS = "Bộ luật Lao động 2019 Điều 111 khoản 3";

    private String code = "";
    private String occasion = "";
    private String name = "";
    private String nameEn = "";
    private String dateBasis = "solar";
    private String month = "";
    private String day = "";
    private String startOffset = "0";
    private String days = "1";
    private boolean adjacentDay;
    private String validFrom = "";
    private String validTo = "";
    private String legalBasis = "";
    private String compensatoryBasis = DEFAULT_COMPENSATORY_BASIS;

    RuleDraft draft() {
        return new RuleDraft(code, occasion, name, nameEn, dateBasis, month, day, startOffset, days, adjacentDay,
                validFrom, validTo, legalBasis, compensatoryBasis);
    }

    private static String clean(String value) {
        return value == null ? "" : value.trim();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = clean(code); }
    public String getOccasion() { return occasion; }
    public void setOccasion(String occasion) { this.occasion = clean(occasion); }
    public String getName() { return name; }
    public void setName(String name) { this.name = clean(name); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = clean(nameEn); }
    public String getDateBasis() { return dateBasis; }
    public void setDateBasis(String dateBasis) { this.dateBasis = clean(dateBasis); }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = clean(month); }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = clean(day); }
    public String getStartOffset() { return startOffset; }
    public void setStartOffset(String startOffset) { this.startOffset = clean(startOffset); }
    public String getDays() { return days; }
    public void setDays(String days) { this.days = clean(days); }
    public boolean isAdjacentDay() { return adjacentDay; }
    public void setAdjacentDay(boolean adjacentDay) { this.adjacentDay = adjacentDay; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = clean(validFrom); }
    public String getValidTo() { return validTo; }
    public void setValidTo(String validTo) { this.validTo = clean(validTo); }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = clean(legalBasis); }
    public String getCompensatoryBasis() { return compensatoryBasis; }
    public void setCompensatoryBasis(String basis) { this.compensatoryBasis = clean(basis); }
}
