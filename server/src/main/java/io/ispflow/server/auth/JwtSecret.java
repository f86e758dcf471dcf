package io.ispflow.server.auth;

import io.ispflow.kernel.InvalidSettingException;
import io.jsonwebtoken.security.Keys;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ISPFLOW_JWT_SECRET}: whoever knows it signs tokens of any operator, so a short, placeholder
 * or patterned secret is refused at start-up. The rules stay clear of generated secrets: even 32
 * random hex digits pass them.
 */
record JwtSecret(String value) {

    static final int MIN_LENGTH = 32;
    /** The characters' own entropy times the length: 32 random hex digits score at least about 95. */
    private static final double MIN_ESTIMATED_BITS = 64;
    private static final List<String> PLACEHOLDERS = List.of("change-me", "changeme", "change_me", "changeit",
            "placeholder", "example", "secret", "password", "replace");
    private static final String SETTING = "ISPFLOW_JWT_SECRET (ispflow.jwt.secret)";
    private static final String GENERATE = "Generate one with `openssl rand -base64 48`, the same for every process, "
            + "or leave it empty for a random key per start.";

    JwtSecret {
        if (value.length() < MIN_LENGTH) {
            throw new InvalidSettingException(SETTING + " has " + value.length() + " characters; it needs at least " + MIN_LENGTH + ".",
                    GENERATE);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        PLACEHOLDERS.stream().filter(lower::contains).findFirst().ifPresent(word -> {
            throw new InvalidSettingException(SETTING + " contains '" + word + "': it is a placeholder, not a secret.", GENERATE);
        });
        if (repeatsAShorterUnit(value) || mostlyRunsAndSteps(value) || estimatedBits(value) < MIN_ESTIMATED_BITS) {
            throw new InvalidSettingException(SETTING + " is a pattern (repeats, runs or a handful of characters), "
                    + "which is guessed long before it is brute-forced.", GENERATE);
        }
    }

    SecretKey key() {
        return Keys.hmacShaKeyFor(value.getBytes(StandardCharsets.UTF_8));
    }

    /** "abcabcabc...": some shift of at most half the length maps the secret onto itself. */
    private static boolean repeatsAShorterUnit(String s) {
        for (int period = 1; period <= s.length() / 2; period++) {
            if (s.regionMatches(0, s, period, s.length() - period)) {
                return true;
            }
        }
        return false;
    }

    /** "aaaa", "abcd", "9876": more than two thirds of neighbours are equal or one apart. */
    private static boolean mostlyRunsAndSteps(String s) {
        int steps = 0;
        for (int i = 1; i < s.length(); i++) {
            steps += Math.abs(s.charAt(i) - s.charAt(i - 1)) <= 1 ? 1 : 0;
        }
        return steps * 3 > (s.length() - 1) * 2;
    }

    private static double estimatedBits(String s) {
        Map<Character, Integer> counts = new HashMap<>();
        s.chars().forEach(c -> counts.merge((char) c, 1, Integer::sum));
        double bitsPerCharacter = counts.values().stream()
                .mapToDouble(count -> -(double) count / s.length() * Math.log((double) count / s.length()) / Math.log(2)).sum();
        return bitsPerCharacter * s.length();
    }

    @Override
    public String toString() {
        return "JwtSecret[***]";
    }
}
