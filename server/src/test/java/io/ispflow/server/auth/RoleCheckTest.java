package io.ispflow.server.auth;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The role check fails closed: whatever path led a request to an endpoint, no actor means no access unless it is public. */
class RoleCheckTest {

    final RoleCheck check = new RoleCheck();
    final Object controller = new Object();

    @Test
    void aRequestWithoutAnActorIsRefusedAtAnEndpointThatIsNotPublic() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> check.preHandle(routed("POST", "/api/v1/tenants"), response, controller))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTH_INVALID));
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aRequestWithoutAnActorIsRefusedAtAnEndpointThePolicyDoesNotKnow() {
        assertThatThrownBy(() -> check.preHandle(routed("GET", "/api/v1/new-and-unlisted"), new MockHttpServletResponse(), controller))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTH_INVALID));
    }

    @Test
    void signInAndTheApiDescriptionNeedNoActor() throws Exception {
        assertThat(check.preHandle(routed("POST", "/api/v1/auth/login"), new MockHttpServletResponse(), controller)).isTrue();
        assertThat(check.preHandle(routed("POST", "/api/v1/auth/refresh"), new MockHttpServletResponse(), controller)).isTrue();
        assertThat(check.preHandle(routed("GET", "/v3/api-docs"), new MockHttpServletResponse(), controller)).isTrue();
    }

    private static MockHttpServletRequest routed(String method, String route) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, route);
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, route);
        return request;
    }
}
