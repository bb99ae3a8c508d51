package io.parhub.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import io.parhub.shared.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What escapes every handler (unknown address, wrong method, a crash) ends here: a problem detail for the API,
 * a readable page in the visitor's language for everything else.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return new ModelAndView("forward:/error/api");
        }
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        view.addObject("message", messages.getMessage("error.page." + status.value(), null,
                messages.getMessage("error.page.other", null, LocaleContextHolder.getLocale()),
                LocaleContextHolder.getLocale()));
        return view;
    }

    @RequestMapping(path = {"/error", "/error/api"})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        Locale locale = LocaleContextHolder.getLocale();
        String slug = switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case BAD_REQUEST -> "bad-request";
            case PAYLOAD_TOO_LARGE -> "payload-too-large";
            default -> status.is5xxServerError() ? "internal-error" : "http-" + status.value();
        };
        ProblemDetail body = Problems.of(messages, locale, status, slug, "error.page." + status.value());
        if (body.getDetail() != null && body.getDetail().startsWith("error.page.")) {
            body.setDetail(messages.getMessage("error.page.other", null, locale));
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            body.setInstance(java.net.URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code == null ? null : HttpStatus.resolve((Integer) code);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
