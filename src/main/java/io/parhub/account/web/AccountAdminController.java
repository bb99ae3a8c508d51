package io.parhub.account.web;

import io.parhub.account.AccessPolicy;
import io.parhub.account.Role;
import io.parhub.account.security.StaffAdministration;
import io.parhub.account.store.StaffAccount;
import io.parhub.account.store.StaffAccounts;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.DomainException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create staff accounts, change roles and agency, reset passwords and lift lockouts. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    private final StaffAccounts accounts;
    private final StaffAdministration administration;
    private final Agencies agencies;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final Clock clock;

    AccountAdminController(StaffAccounts accounts, StaffAdministration administration, Agencies agencies,
            AccessPolicy access, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.administration = administration;
        this.agencies = agencies;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        Map<Long, Agency> byId = agencies.all(LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(Agency::id, Function.identity()));
        List<StaffAccount> all = accounts.list(null);
        model.addAttribute("accounts", all);
        model.addAttribute("agencyNames", all.stream().collect(Collectors.toMap(StaffAccount::id,
                a -> agencies.byId(a.agencyId()).map(Agency::name).orElse("?"), (x, y) -> x)));
        model.addAttribute("now", clock.instant());
        model.addAttribute("agencyCount", byId.size());
        return "account/admin-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new AccountForm(null, 0, "", "", "", "", EnumSet.noneOf(Role.class), true, ""));
        return form(model);
    }

    @PostMapping("/new")
    String create(AccountForm form, Principal actor, Model model, RedirectAttributes redirect) {
        try {
            StaffAccount created = administration.create(new StaffAdministration.NewStaff(form.username(),
                    form.displayName(), form.email(), form.agencyCode(), roles(form), form.password()), actor.getName());
            redirect.addFlashAttribute("message", text("account.admin.created", created.username()));
            return "redirect:/admin/accounts";
        } catch (DomainException e) {
            model.addAttribute("error", text(e.messageKey(), e.args()));
            model.addAttribute("form", form);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        StaffAccount a = accounts.byId(id).orElseThrow(
                () -> DomainException.notFound("account-not-found", "account.problem.not-found", id));
        String agencyCode = agencies.byId(a.agencyId()).map(Agency::code).orElse("");
        model.addAttribute("form", new AccountForm(a.id(), a.version(), a.username(), a.displayName(),
                a.email() == null ? "" : a.email(), agencyCode, a.roles(), a.enabled(), ""));
        model.addAttribute("locked", a.lockedAt(clock.instant()));
        return form(model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, AccountForm form, Principal actor, Model model,
            RedirectAttributes redirect) {
        try {
            administration.update(id, form.version(), form.displayName(), form.email(), form.agencyCode(),
                    form.enabled(), roles(form), actor.getName());
            if (form.password() != null && !form.password().isBlank()) {
                int version = accounts.byId(id).orElseThrow().version();
                administration.resetPassword(id, version, form.password(), actor.getName());
            }
            redirect.addFlashAttribute("message", text("account.admin.saved", form.username()));
            return "redirect:/admin/accounts";
        } catch (DomainException e) {
            model.addAttribute("error", text(e.messageKey(), e.args()));
            model.addAttribute("form", form);
            return form(model);
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, Principal actor, RedirectAttributes redirect) {
        administration.unlock(id, actor.getName());
        redirect.addFlashAttribute("message", text("account.admin.unlocked"));
        return "redirect:/admin/accounts/" + id;
    }

    private String form(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("agencies", agencies.all(LocalDate.now(clock)).stream()
                .filter(a -> access.canChange(a.id()))
                .sorted(Comparator.comparing(Agency::path)).toList());
        return "account/admin-form";
    }

    private static Set<Role> roles(AccountForm form) {
        return form.roles() == null || form.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.roles());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** What the account form posts; {@code password} is only for a new account or a reset. */
    record AccountForm(@Nullable Long id, int version, String username, String displayName, @Nullable String email,
            String agencyCode, @Nullable Set<Role> roles, boolean enabled, @Nullable String password) {
    }
}
