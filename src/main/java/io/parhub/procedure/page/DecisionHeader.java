package io.parhub.procedure.page;

import java.time.LocalDate;

/**
 * The publication decision (quyết định công bố) a staff member types above every change: its number identifies it,
 * so submitting the same form twice publishes once. Strings, so a wrong date comes back to the form as typed.
 */
public class DecisionHeader {

    private String number = "";
    private String signedOn = "";
    private String signer = "";
    private String effectiveFrom = "";
    private String issuer = "";
    private String note = "";

    static DecisionHeader startingOn(LocalDate today) {
        DecisionHeader header = new DecisionHeader();
        header.signedOn = today.toString();
        header.effectiveFrom = today.toString();
        return header;
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = clean(number); }
    public String getSignedOn() { return signedOn; }
    public void setSignedOn(String signedOn) { this.signedOn = clean(signedOn); }
    public String getSigner() { return signer; }
    public void setSigner(String signer) { this.signer = clean(signer); }
    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String effectiveFrom) { this.effectiveFrom = clean(effectiveFrom); }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = clean(issuer); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = clean(note); }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
