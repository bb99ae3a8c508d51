package io.parhub.account.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may open what. Citizens need no account to look things up: public pages and the read-only API are open.
 * Everything else needs a staff account; finer rules (role and agency subtree) are checked by each command
 * through {@code @PreAuthorize} and {@link io.parhub.account.AccessPolicy}.
 *
 * <p>Browsers sign in with a form (session cookie, CSRF token on every change). API clients may send HTTP Basic
 * credentials instead; such stateless calls (and API calls without a session cookie) carry no session to forge,
 * so CSRF is not asked of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/api/");
    private static final RequestMatcher BASIC_AUTH = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };
    /** An API call that carries no session cookie has no session to forge: it is answered 401, not CSRF 403. */
    private static final RequestMatcher SESSIONLESS_API = request -> API.matches(request)
            && request.getRequestedSessionId() == null;

    /** Open311 GeoReport v2 is an API for civic apps (form-encoded POST, no session, no account): no CSRF token. */
    private static final RequestMatcher OPEN311 = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/open311/");

    @Bean
    SecurityFilterChain web(HttpSecurity http, MessageSource messages, LocaleResolver locales) throws Exception {
        ProblemResponses problems = new ProblemResponses(messages, locales);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/error", "/error/**", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                .requestMatchers("/login").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                .requestMatchers("/actuator/prometheus").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/units/**", "/api/v1/units", "/api/v1/agencies/**",
                        "/api/v1/agencies", "/api/v1/calendar/**", "/api/v1/procedures", "/api/v1/procedures/**",
                        "/api/v1/procedure-bundles", "/api/v1/procedure-bundles/**", "/api/v1/public/**",
                        "/api/v1/stats/dossiers", "/api/v1/stats/dossiers.csv", "/api/v1/stats/dossiers.xlsx",
                        "/api/v1/stats/dossiers/online", "/api/v1/stats/dossiers/lateness",
                        "/api/v1/stats/service-index", "/api/v1/stats/service-index/history")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/units", "/units/**", "/agencies", "/agencies/**", "/calendar",
                        "/calendar/**", "/procedures", "/procedures/**", "/procedure-bundles",
                        "/procedure-bundles/**", "/tracking", "/tracking/**", "/dossiers/new",
                        "/service-index").permitAll()
                // the citizen's HTML forms: online submission and evaluation (CSRF token kept, like every form)
                .requestMatchers(HttpMethod.POST, "/dossiers/new", "/tracking/*/evaluation").permitAll()
                // a citizen rates a finished dossier with the same check as tracking (code + phone digits)
                .requestMatchers(HttpMethod.POST, "/api/v1/public/dossiers/*/evaluation").permitAll()
                // online submission by citizens (the dossier starts as SUBMITTED until the counter accepts it)
                .requestMatchers(HttpMethod.POST, "/api/v1/public/dossiers").permitAll()
                // citizens' feedback: published answers, the form and follow-up pages, the public API and Open311
                .requestMatchers(HttpMethod.GET, "/feedback", "/feedback/**", "/open311/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/feedback/new", "/api/v1/public/feedback",
                        "/open311/v2/requests.json").permitAll()
                // SIPAS: the citizen's one-time survey link (its form keeps the CSRF token) and the index as open data
                .requestMatchers(HttpMethod.GET, "/survey/**", "/api/v1/surveys/rounds/*/index",
                        "/api/v1/surveys/units/*").permitAll()
                // the PAR Index ranking once published (the services refuse it before)
                .requestMatchers(HttpMethod.GET, "/api/v1/par-index/*/ranking", "/par-index", "/par-index/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/survey/*").permitAll()
                // what failed to reach the national portal: the PAR office answers for the province's figures too
                .requestMatchers("/admin/portal-sync", "/admin/portal-sync/**").hasAnyRole("ADMIN", "PAR_OFFICE")
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                    .failureHandler((request, response, e) -> {
                        String reason = e instanceof LockedException ? "locked"
                                : e instanceof DisabledException ? "disabled" : "";
                        new SimpleUrlAuthenticationFailureHandler("/login?error=" + reason)
                                .onAuthenticationFailure(request, response, e);
                    })
                    .permitAll())
            .httpBasic(basic -> basic.authenticationEntryPoint(problems))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTH, SESSIONLESS_API, OPEN311))
            .exceptionHandling(ex -> ex
                    .defaultAuthenticationEntryPointFor(problems, API)
                    .defaultAccessDeniedHandlerFor(problems, API))
            .headers(headers -> headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                            + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                    .referrerPolicy(ref -> ref.policy(
                            org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
