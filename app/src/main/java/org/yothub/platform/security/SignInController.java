package org.yothub.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.AuditLog;
import org.yothub.platform.tenancy.TenantDirectory;

/** The browser's sign-in and sign-out pages; the token travels in an HttpOnly cookie. */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {
    private final LoginService loginService;
    private final TokenIssuer tokens;
    private final TenantDirectory tenants;
    private final AuditLog auditLog;

    SignInController(LoginService loginService, TokenIssuer tokens, TenantDirectory tenants, AuditLog auditLog) {
        this.loginService = loginService;
        this.tokens = tokens;
        this.tenants = tenants;
        this.auditLog = auditLog;
    }

    @Serdeable
    record SignInForm(@Nullable String tenant, @Nullable String username, @Nullable String password) { }

    @Get("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form() {
        return page(null, null, null, Map.of());
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request) {
        Map<String, String> errors = new HashMap<>();
        if (form.username() == null || form.username().isBlank()) {
            errors.put("username", "Enter your username");
        }
        if (form.password() == null || form.password().isBlank()) {
            errors.put("password", "Enter your password");
        }
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(page(form.tenant(), form.username(), null, errors));
        }
        String tenant = form.tenant() == null || form.tenant().isBlank() || "_all".equals(form.tenant()) ? null : form.tenant();
        try {
            TokenIssuer.SignedToken token = loginService.login(tenant, form.username(), form.password(),
                    request.getRemoteAddress().getAddress().getHostAddress());
            return HttpResponse.seeOther(URI.create("/")).cookie(tokens.cookie(request, token.value(), token.expiresIn()));
        } catch (LoginFailedException e) {
            return HttpResponse.unauthorized().body(page(form.tenant(), form.username(), LoginFailedException.MESSAGE, Map.of()));
        }
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> signOut(HttpRequest<?> request, Authentication authentication) {
        auditLog.record(AuditAction.LOGOUT, null, null, "success");
        return HttpResponse.seeOther(URI.create("/login?signed-out")).cookie(tokens.cookie(request, "", 0));
    }

    private ModelAndView<Map<String, Object>> page(String tenant, String username, String failure, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("tenants", tenants.all());
        model.put("tenant", tenant == null ? "" : tenant);
        model.put("username", username == null ? "" : username);
        model.put("failure", failure == null ? "" : failure);
        model.put("errors", errors);
        return new ModelAndView<>("platform/login", model);
    }
}
