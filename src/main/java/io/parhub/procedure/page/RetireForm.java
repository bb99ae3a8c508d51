package io.parhub.procedure.page;

/** The abolition page's form: only the decision that abolishes the procedure. */
public class RetireForm {

    private DecisionHeader decision = new DecisionHeader();

    static RetireForm startingOn(java.time.LocalDate today) {
        RetireForm form = new RetireForm();
        form.decision = DecisionHeader.startingOn(today);
        return form;
    }

    public DecisionHeader getDecision() { return decision; }
    public void setDecision(DecisionHeader decision) { this.decision = decision; }
}
