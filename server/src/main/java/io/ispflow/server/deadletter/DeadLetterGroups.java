package io.ispflow.server.deadletter;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.springframework.stereotype.Component;

import java.util.List;

/** The processing groups with dead letters that this process runs: one for each of its projecting roles. */
@Component
class DeadLetterGroups {

    private final List<DeadLetters> groups;

    DeadLetterGroups(List<DeadLetters> groups) {
        this.groups = groups;
    }

    /** A group another process runs is NOT_FOUND here, as every path another process serves. */
    DeadLetters named(String group) {
        return groups.stream().filter(candidate -> candidate.group().equals(group)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND,
                        "no processing group " + group + " with dead letters runs in this process"));
    }
}
