package org.yothub.platform.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;

/** The signed-in landing page: the modules this user can open. */
@Controller
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
class HomeController {

    @Get
    @View("platform/home")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> home() {
        return Map.of();
    }
}
