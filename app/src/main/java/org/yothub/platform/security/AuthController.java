package org.yothub.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** API sign-in: a bearer token for {@code /api/v1/**}. Cross-tenant users send {@code "tenant": null}. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
class AuthController {
    private final LoginService loginService;

    AuthController(LoginService loginService) {
        this.loginService = loginService;
    }

    @Serdeable
    record LoginForm(@Nullable @Size(max = 64) String tenant,
                     @NotBlank @Size(max = 64) String username,
                     @NotBlank @Size(max = 256) String password) { }

    @Serdeable
    record TokenView(String accessToken, String tokenType, int expiresIn) { }

    @Operation(summary = "Sign in and receive a bearer access token (15 minutes)")
    @Post("/login")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<TokenView> login(@Body @Valid LoginForm form, HttpRequest<?> request) {
        TokenIssuer.SignedToken token = loginService.login(form.tenant(), form.username(), form.password(),
                request.getRemoteAddress().getAddress().getHostAddress());
        return HttpResponse.ok(new TokenView(token.value(), "Bearer", token.expiresIn()));
    }
}
