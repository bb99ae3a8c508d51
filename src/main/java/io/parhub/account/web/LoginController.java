package io.parhub.account.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final Duration lockout;

    LoginController(@Value("${parhub.security.lockout}") Duration lockout) {
        this.lockout = lockout;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", lockout.toMinutes());
        return "account/login";
    }
}
