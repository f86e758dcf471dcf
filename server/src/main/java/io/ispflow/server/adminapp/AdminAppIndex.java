package io.ispflow.server.adminapp;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin app's page at {@code /}, which a static resource handler cannot answer (it serves no
 * empty path). A route of its own, PUBLIC in AccessPolicy; not part of the API's description.
 */
@Controller
@Hidden
class AdminAppIndex {

    @GetMapping("/")
    String index() {
        return "forward:/index.html";
    }
}
