package io.ispflow.server.auth;

import io.ispflow.command.operator.OperatorAccount;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and checks the signed tokens (HS256, jjwt) of a sign-in session. Access and refresh
 * tokens of one sign-in share a session id, so logout can end both.
 */
@Component
class AccessTokens {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);
    private static final String ACCESS = "access";
    private static final String REFRESH = "refresh";

    /** What a verified token says: who, which sign-in session, which token, and when it was issued. */
    record Session(Actor actor, int credentialsVersion, UUID sessionId, UUID tokenId, Instant expiresAt) {
    }

    record TokenPair(String accessToken, String refreshToken, long expiresIn) {
    }

    private final SecretKey key;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final Clock clock = Clock.systemUTC();
    /** Immutable and thread-safe; building one per request showed in the request threads' profile. */
    private final JwtParser parser;

    AccessTokens(@Value("${ispflow.jwt.secret:}") String secret,
                 @Value("${ispflow.jwt.access-token-ttl:15m}") Duration accessTtl,
                 @Value("${ispflow.jwt.refresh-token-ttl:12h}") Duration refreshTtl) {
        this.key = secret.isBlank() ? randomKey() : new JwtSecret(secret).key();
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
        this.parser = Jwts.parser().verifyWith(key).clock(() -> Date.from(clock.instant())).build();
    }

    private static SecretKey randomKey() {
        log.warn("ISPFLOW_JWT_SECRET is not set: signing tokens with a random key, so they end when this process does");
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Keys.hmacShaKeyFor(bytes);
    }

    /** A fresh pair for the session; the refresh token carries {@code refreshTokenId}, so it can be used only once. */
    TokenPair issue(OperatorAccount operator, UUID sessionId, UUID refreshTokenId) {
        Instant now = clock.instant();
        return new TokenPair(token(operator, sessionId, UUID.randomUUID(), ACCESS, now, accessTtl),
                token(operator, sessionId, refreshTokenId, REFRESH, now, refreshTtl), accessTtl.toSeconds());
    }

    Instant refreshExpiry() {
        return clock.instant().plus(refreshTtl);
    }

    Optional<Session> verifyAccess(String token) {
        return verify(token, ACCESS);
    }

    Optional<Session> verifyRefresh(String token) {
        return verify(token, REFRESH);
    }

    private String token(OperatorAccount operator, UUID sessionId, UUID tokenId, String type, Instant now, Duration ttl) {
        Actor actor = operator.actor();
        return Jwts.builder()
                .subject(actor.operatorId().toString())
                .id(tokenId.toString())
                .claim("typ", type)
                .claim("sid", sessionId.toString())
                .claim("tid", actor.tenantId().toString())
                .claim("usr", actor.username())
                .claim("role", actor.role().name())
                .claim("ver", operator.credentialsVersion())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .signWith(key)
                .compact();
    }

    private Optional<Session> verify(String token, String expectedType) {
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            if (!expectedType.equals(claims.get("typ", String.class))) {
                return Optional.empty();
            }
            Actor actor = new Actor(OperatorId.of(UUID.fromString(claims.getSubject())),
                    TenantId.of(UUID.fromString(claims.get("tid", String.class))),
                    claims.get("usr", String.class), Role.valueOf(claims.get("role", String.class)));
            return Optional.of(new Session(actor, claims.get("ver", Integer.class), UUID.fromString(claims.get("sid", String.class)),
                    UUID.fromString(claims.getId()), claims.getExpiration().toInstant()));
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
