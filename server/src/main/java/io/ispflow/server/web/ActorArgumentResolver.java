package io.ispflow.server.web;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller take the request's {@link Actor} as a parameter. */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binders) {
        Actor actor = RequestContext.of(request.getNativeRequest(HttpServletRequest.class)).actor();
        if (actor == null) {
            throw new DomainException(ErrorCode.AUTH_INVALID, "a valid access token is required");
        }
        return actor;
    }
}
