package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators sign in for a bearer token; without a valid one, nothing but sign-in answers. */
@ApiTest
class AuthenticationTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Test
    void withoutATokenTheApiAnswers401() {
        Api.Answer answer = new Api(port).get("/api/v1/packages");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("AUTH_INVALID");
    }

    @Test
    void aForgedTokenIsRefused() {
        Api.Answer answer = new Api(port).withToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/packages");

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedLikeAnUnknownOperator() {
        Api.Answer wrongPassword = new Api(port).post("/api/v1/auth/login", Map.of("username", "admin", "password", "guess"));
        Api.Answer unknownOperator = new Api(port).post("/api/v1/auth/login", Map.of("username", "nobody", "password", "guess"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo("AUTH_INVALID");
        assertThat(unknownOperator.status()).isEqualTo(401);
        assertThat(unknownOperator.body().get("detail")).isEqualTo(wrongPassword.body().get("detail"));
    }

    @Test
    void aRefreshTokenBuysANewAccessToken() {
        Api.Answer login = new Api(port).post("/api/v1/auth/login", Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD));
        assertThat(login.body().get("expiresIn").asLong()).isEqualTo(900);

        Api.Answer refreshed = new Api(port).post("/api/v1/auth/refresh",
                Map.of("refreshToken", login.body().get("refreshToken").asString()));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(new Api(port).withToken(refreshed.body().get("accessToken").asString()).get("/api/v1/packages").status())
                .isEqualTo(200);
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseEndsTheWholeSession() {
        Api.Answer login = new Api(port).post("/api/v1/auth/login", Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD));
        Map<String, String> stolen = Map.of("refreshToken", login.body().get("refreshToken").asString());
        Api.Answer rotated = new Api(port).post("/api/v1/auth/refresh", stolen);
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.body().get("refreshToken").asString()).isNotEqualTo(stolen.get("refreshToken"));

        Api.Answer reuse = new Api(port).post("/api/v1/auth/refresh", stolen);

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(new Api(port).withToken(rotated.body().get("accessToken").asString()).get("/api/v1/packages").status())
                .isEqualTo(401);
        assertThat(new Api(port).post("/api/v1/auth/refresh",
                Map.of("refreshToken", rotated.body().get("refreshToken").asString())).status()).isEqualTo(401);
    }

    @Test
    void anAccessTokenIsNotARefreshToken() {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);

        assertThat(new Api(port).post("/api/v1/auth/refresh", Map.of("refreshToken", api.accessToken())).status())
                .isEqualTo(401);
    }

    @Test
    void afterLogoutNeitherTokenWorks() {
        Api.Answer login = new Api(port).post("/api/v1/auth/login", Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD));
        Api api = new Api(port).withToken(login.body().get("accessToken").asString());
        assertThat(api.get("/api/v1/packages").status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/packages").status()).isEqualTo(401);
        assertThat(new Api(port).post("/api/v1/auth/refresh",
                Map.of("refreshToken", login.body().get("refreshToken").asString())).status()).isEqualTo(401);
    }
}
