package io.parhub.shared.web;

import io.parhub.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A rule that said no on a page: show the reason in the visitor's language instead of a stack trace. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UiErrorHandler {

    private final MessageSource messages;

    UiErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e) {
        ModelAndView view = new ModelAndView("error", e.status());
        view.addObject("status", e.status().value());
        view.addObject("message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()));
        return view;
    }
}
