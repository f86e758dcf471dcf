package io.ispflow.query;

import io.ispflow.kernel.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** Honours {@code X-Min-Position}: a read waits until the read model holds the client's own write. */
class MinPositionInterceptor implements HandlerInterceptor {

    static final String HEADER = "X-Min-Position";

    private final ReadModelPosition readModel;

    MinPositionInterceptor(ReadModelPosition readModel) {
        this.readModel = readModel;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String header = request.getHeader(HEADER);
        if (header != null && "GET".equals(request.getMethod())) {
            readModel.await(parse(header));
        }
        return true;
    }

    private static long parse(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(HEADER, HEADER + " must be an event-store position, a whole number");
        }
    }
}
