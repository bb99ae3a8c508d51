package io.parhub.account.web;

import io.parhub.account.demo.DemoAccounts;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final Duration lockout;
    private final DemoAccounts demo;

    LoginController(@Value("${parhub.security.lockout}") Duration lockout, DemoAccounts demo) {
        this.lockout = lockout;
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", lockout.toMinutes());
        model.addAttribute("demoAccounts", demo.shown());
        model.addAttribute("demoPassword", demo.password());
        return "account/login";
    }
}
