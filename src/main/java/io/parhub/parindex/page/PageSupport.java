package io.parhub.parindex.page;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.org.Agencies;
import io.parhub.parindex.Entry;
import io.parhub.parindex.ParIndexResults;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the PAR Index pages share: who is signed in, which entry a page is about, readable problems. */
@Component
class PageSupport {

    private final ParIndexResults results;
    private final AccessPolicy access;
    private final Agencies agencies;
    private final MessageSource messages;

    PageSupport(ParIndexResults results, AccessPolicy access, Agencies agencies, MessageSource messages) {
        this.results = results;
        this.access = access;
        this.agencies = agencies;
        this.messages = messages;
    }

    CurrentStaff staff() {
        return access.current().orElseThrow(PageSupport::forbidden);
    }

    boolean isOffice(CurrentStaff staff) {
        return staff.has(Role.PAR_OFFICE) || staff.has(Role.ADMIN);
    }

    /** The PAR office (or an administrator); anyone else gets a 403 page. */
    CurrentStaff office() {
        CurrentStaff staff = staff();
        if (!isOffice(staff)) {
            throw forbidden();
        }
        return staff;
    }

    /** The entry of a year a page shows: the given unit for the PAR office, the staff member's own unit otherwise. */
    Entry entryFor(int year, @Nullable String unit) {
        CurrentStaff staff = staff();
        List<Entry> entries = results.entries(year);
        if (entries.isEmpty()) {
            throw DomainException.notFound("parindex-cycle-not-found", "parindex.error.cycle-not-found",
                    String.valueOf(year));
        }
        if (unit != null && !unit.isBlank()) {
            Entry e = entries.stream().filter(x -> x.unitCode().equals(unit.strip())).findFirst()
                    .orElseThrow(() -> DomainException.notFound("parindex-entry-not-found",
                            "parindex.error.entry-not-found", unit));
            return readable(e, staff);
        }
        return entries.stream().filter(e -> Objects.equals(e.agencyId(), staff.agencyId())).findFirst()
                .or(() -> entries.stream().filter(e -> e.agencyId() != null
                        && agencies.isWithin(staff.agencyId(), e.agencyId())).findFirst())
                .orElseThrow(() -> DomainException.notFound("parindex-entry-not-found",
                        "parindex.page.no-entry", String.valueOf(year)));
    }

    Entry entry(long id) {
        Entry e = results.entry(id).orElseThrow(() -> DomainException.notFound("parindex-entry-not-found",
                "parindex.error.entry-not-found", String.valueOf(id)));
        return readable(e, staff());
    }

    private Entry readable(Entry e, CurrentStaff staff) {
        if (isOffice(staff)) {
            return e;
        }
        if (e.agencyId() == null || !staff.has(Role.PAR_FOCAL_POINT) && !access.canRead(e.agencyId())) {
            throw forbidden();
        }
        access.requireRead(e.agencyId());
        return e;
    }

    /** A problem as one sentence in the visitor's language; a stale version reads as "changed meanwhile". */
    String message(DomainException e) {
        String key = "parindex-stale".equals(e.type()) ? "parindex.page.conflict" : e.messageKey();
        return messages.getMessage(key, e.args(), key, LocaleContextHolder.getLocale());
    }

    String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    static @Nullable BigDecimal number(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return new BigDecimal(s.strip().replace(',', '.'));
    }

    static DomainException forbidden() {
        return DomainException.forbidden("parindex-forbidden", "parindex.error.forbidden");
    }
}
