package io.ispflow.server.settings;

import io.ispflow.kernel.InvalidSettingException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused setting stops the start with what is wrong and what to do, not a stack trace. */
class InvalidSettingFailure extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
