package io.parhub.planning;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.calendar.WorkingCalendar;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.planning.store.PlanStore;
import io.parhub.planning.store.PlanStore.AssignmentRow;
import io.parhub.planning.store.PlanStore.PlanRow;
import io.parhub.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rules shared by the commands on plans: who may author or update what, agencies as of the plan's year, the
 * effective deadline and the flags. Who may do what: the province's plan — role PAR_OFFICE with an agency inside the
 * province ({@code parhub.planning.province-agency}); a unit plan — the unit's PAR_FOCAL_POINT (its agency subtree,
 * {@link AccessPolicy#requireChange}) or the province's PAR office recording the plan a unit sent; progress — staff
 * of the assigned unit (its subtree).
 */
@Component
class PlanRules {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlanStore store;
    private final WorkingCalendar calendar;
    private final Agencies agencies;
    private final AccessPolicy access;
    private final String provinceAgency;
    private final int dueSoonWorkingDays;

    PlanRules(PlanStore store, WorkingCalendar calendar, Agencies agencies, AccessPolicy access,
            @Value("${parhub.planning.province-agency:UBND-92}") String provinceAgency,
            @Value("${parhub.planning.due-soon-working-days:5}") int dueSoonWorkingDays) {
        this.store = store;
        this.calendar = calendar;
        this.agencies = agencies;
        this.access = access;
        this.provinceAgency = provinceAgency;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    /**
     * A deadline on a day off (weekend, holiday, compensatory day) moves to the next working day: Bộ luật Dân sự 2015
     * Điều 148 khoản 5, "khi ngày cuối cùng của thời hạn là ngày nghỉ … thì thời hạn kết thúc tại thời điểm kết thúc
     * ngày làm việc tiếp theo ngày nghỉ đó". Days off come from the official schedule of the working calendar.
     */
    LocalDate effectiveDeadline(LocalDate deadline) {
        return calendar.isWorkingDay(deadline) ? deadline : calendar.nextWorkingDay(deadline);
    }

    /** Overdue: not done after the effective deadline, or done after it. Due soon: not done, within N working days. */
    PlanView.Flags flags(@Nullable LocalDate deadline, AssignmentRow a, LocalDate today) {
        if (deadline == null) {
            return PlanView.Flags.NONE;
        }
        return flags(deadline, "DONE".equals(a.status()), a.doneOn(), today);
    }

    /** The flags of an assignment not done (yet): what the reminders are written from. */
    PlanView.Flags openFlags(LocalDate deadline, LocalDate today) {
        return flags(deadline, false, null, today);
    }

    private PlanView.Flags flags(LocalDate deadline, boolean done, @Nullable LocalDate doneOn, LocalDate today) {
        LocalDate due = effectiveDeadline(deadline);
        boolean overdue = done ? doneOn != null && doneOn.isAfter(due) : today.isAfter(due);
        boolean dueSoon = !done && !today.isAfter(due)
                && !calendar.addWorkingDays(today, dueSoonWorkingDays).isBefore(due);
        return new PlanView.Flags(overdue, dueSoon);
    }

    /** Staff of the assigned unit (its subtree) record progress; the PAR office reads everything but does not. */
    boolean mayUpdate(AssignmentRow a, int year) {
        return find(a.agencyCode(), year).map(ag -> access.canChange(ag.id())).orElse(false);
    }

    /** Whether the signed-in staff member may draft, issue, edit and assign this plan. */
    boolean mayAuthor(PlanRow p) {
        try {
            requireAuthor(staff(), PlanLevel.valueOf(p.level()), agency(p.agencyCode(), p.year()), p.year());
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    void requireAuthor(CurrentStaff staff, PlanLevel level, Agency agency, int year) {
        if (level == PlanLevel.PROVINCE) {
            requireProvinceOffice(staff, year);
            if (!agency.code().equals(provinceAgency)) {
                throw DomainException.invalid("plan-province-agency", "planning.problem.province-agency",
                        provinceAgency);
            }
            return;
        }
        if (isProvinceOffice(staff, year)) {
            return;
        }
        if (!staff.has(Role.PAR_FOCAL_POINT)) {
            throw DomainException.forbidden("plan-role", "planning.problem.role");
        }
        access.requireChange(agency.id());
    }

    void requireProvinceOffice(CurrentStaff staff, int year) {
        if (!isProvinceOffice(staff, year)) {
            throw DomainException.forbidden("plan-role", "planning.problem.role");
        }
    }

    boolean isProvinceOffice(CurrentStaff staff, int year) {
        return staff.has(Role.PAR_OFFICE) && find(provinceAgency, year)
                .map(p -> agencies.isWithin(staff.agencyId(), p.id())).orElse(false);
    }

    boolean isProvinceItem(long itemId, int year) {
        return store.item(itemId).flatMap(i -> store.plan(i.planId()))
                .filter(p -> "PROVINCE".equals(p.level()) && p.year() == year).isPresent();
    }

    /** The agency with this code on 1 January of the year, or else on 31 December (a reorganisation mid-year). */
    Optional<Agency> find(String code, int year) {
        String c = code.strip();
        return agencies.byCode(c, LocalDate.of(year, 1, 1)).or(() -> agencies.byCode(c, LocalDate.of(year, 12, 31)));
    }

    Agency agency(String code, int year) {
        return find(code, year).orElseThrow(() -> DomainException.invalid("plan-agency", "planning.problem.agency",
                code, year));
    }

    String name(String code, int year) {
        return find(code, year).map(Agency::name).orElse(code);
    }

    PlanRow plan(long id) {
        return store.plan(id).orElseThrow(() -> DomainException.notFound("plan-not-found",
                "planning.problem.not-found", id));
    }

    CurrentStaff staff() {
        return access.current().orElseThrow(() -> DomainException.forbidden("forbidden", "error.page.403"));
    }

    Optional<CurrentStaff> current() {
        return access.current();
    }

    /** The code of the signed-in staff member's own agency: reminders are addressed to it. */
    Optional<String> ownAgencyCode() {
        return access.current().flatMap(s -> agencies.byId(s.agencyId())).map(Agency::code);
    }

    static Instant instant(LocalDateTime at) {
        return at.atZone(VIETNAM).toInstant();
    }

    static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
