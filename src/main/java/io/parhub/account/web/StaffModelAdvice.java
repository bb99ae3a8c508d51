package io.parhub.account.web;

import io.parhub.account.AccessPolicy;
import io.parhub.account.Role;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in: name, agency and roles, shown in the header and on the home page. */
@ControllerAdvice(annotations = Controller.class)
class StaffModelAdvice {

    record SignedIn(String username, String displayName, String agencyName, List<Role> roles) {
    }

    private final AccessPolicy access;
    private final Agencies agencies;

    StaffModelAdvice(AccessPolicy access, Agencies agencies) {
        this.access = access;
        this.agencies = agencies;
    }

    @ModelAttribute("signedIn")
    @Nullable SignedIn signedIn() {
        return access.current().map(staff -> new SignedIn(staff.username(), staff.displayName(),
                agencies.byId(staff.agencyId()).map(Agency::name).orElse(""),
                staff.roles().stream().sorted().toList())).orElse(null);
    }
}
