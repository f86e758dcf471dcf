package io.ispflow.server.adminapp;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.PathResourceResolver;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Answers the app's own routes ({@code /subscribers/123}, typed or reloaded) with index.html, whose
 * router then shows that screen. A path under the server's own prefixes, in any letter case, or one
 * that names a file (a dot in its last segment) is never a route: it stays 404 when nothing is there.
 */
final class ClientRoutes extends PathResourceResolver {

    private static final String INDEX = "index.html";
    private static final Pattern SERVER_PATHS = Pattern.compile("(?i)(api|v3|swagger-ui|actuator)(/.*)?");

    @Override
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
        Resource file = super.getResource(resourcePath, location);
        if (file != null || !isClientRoute(resourcePath)) {
            return file;
        }
        return super.getResource(INDEX, location);
    }

    static boolean isClientRoute(String path) {
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !SERVER_PATHS.matcher(path).matches() && !lastSegment.contains(".");
    }
}
