package io.ispflow.kernel;

/**
 * A setting the server refuses to start with: what is wrong with it, and what the operator should do.
 * The server reports both instead of a stack trace.
 */
public class InvalidSettingException extends IllegalArgumentException {

    private final String problem;
    private final String action;

    public InvalidSettingException(String problem, String action) {
        super(problem + " " + action);
        this.problem = problem;
        this.action = action;
    }

    public String problem() {
        return problem;
    }

    public String action() {
        return action;
    }
}
