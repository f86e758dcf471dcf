package io.ispflow.query;

import io.ispflow.kernel.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Honours {@code X-Min-Position}: a read waits until the read model holds the client's own write.
 * Where {@code headWithoutHeader}, a read without the header waits for every write stored so far.
 */
class MinPositionInterceptor implements HandlerInterceptor {

    static final String HEADER = "X-Min-Position";

    private final ReadModelPosition readModel;
    private final boolean headWithoutHeader;

    MinPositionInterceptor(ReadModelPosition readModel, boolean headWithoutHeader) {
        this.readModel = readModel;
        this.headWithoutHeader = headWithoutHeader;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String header = request.getHeader(HEADER);
        if (header != null) {
            readModel.await(parse(header));
        } else if (headWithoutHeader) {
            readModel.awaitHead();
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
