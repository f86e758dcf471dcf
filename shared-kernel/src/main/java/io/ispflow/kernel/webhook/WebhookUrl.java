package io.ispflow.kernel.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ispflow.kernel.InvalidValueException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a webhook's deliveries are posted: an absolute http or https URL with a host, without user info
 * or fragment. Whether its host may be reached at all is {@link WebhookTargets}'s question, asked when it
 * is registered and again before each delivery.
 */
public record WebhookUrl(@JsonValue String value) {

    public static final int MAX_LENGTH = 2048;

    /**
     * Hosts written as numbers: resolvers disagree on {@code 0177.0.0.1} (octal or decimal) and
     * {@code 2130706433}, so only the dotted quad is taken.
     */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    public WebhookUrl {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw invalid("a webhook url is an absolute http(s) URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri = parse(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw invalid("a webhook url starts with https://");
        }
        if (uri.getHost() == null || uri.getRawAuthority() == null) {
            throw invalid("a webhook url names a host");
        }
        if (NUMERIC_HOST.matcher(uri.getHost()).matches() && !DOTTED_QUAD.matcher(uri.getHost()).matches()) {
            throw invalid("write an IPv4 address as four decimal numbers (no octal, hex or single-number forms)");
        }
        // credentials in a URL end up in logs, and an @ is the oldest trick to disguise the real host
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw invalid("a webhook url has no user info and no fragment");
        }
    }

    @JsonCreator
    public static WebhookUrl of(String value) {
        return new WebhookUrl(value);
    }

    public URI uri() {
        return parse(value);
    }

    public boolean secure() {
        return uri().getScheme().equalsIgnoreCase("https");
    }

    /** The host as the URI holds it: IPv6 literals without their brackets. */
    public String host() {
        String host = uri().getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static URI parse(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw invalid("a webhook url is an absolute http(s) URL");
        }
    }

    private static InvalidValueException invalid(String message) {
        return new InvalidValueException("url", message);
    }

    @Override
    public String toString() {
        return value;
    }
}
