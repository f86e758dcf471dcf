package io.ispflow.server.deadletter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dead letters of the processing groups this process runs ({@code read-model} with the projections
 * role, {@code radius} with the radius role): listed, and retried through the group's own handlers. A
 * group another process runs is 404 here, as every path another process serves.
 */
@RestController
@RequestMapping("/api/v1/ops/dead-letters/{group}")
class DeadLettersController {

    /** A group's parked events, oldest aggregate first, each aggregate's in order. */
    record Listing(String group, long count, List<ParkedEvent> deadLetters) {
    }

    private final DeadLetterGroups groups;

    DeadLettersController(DeadLetterGroups groups) {
        this.groups = groups;
    }

    @GetMapping
    Listing list(@PathVariable String group) {
        List<ParkedEvent> letters = groups.named(group).list();
        return new Listing(group, letters.size(), letters);
    }

    /** Retries every parked event of the group, or of one aggregate ({@code sequence}, its id: every aggregate's is a UUID). */
    @PostMapping("/retry")
    DeadLetters.Retried retry(@PathVariable String group, @RequestParam(required = false) UUID sequence) {
        return groups.named(group).retry(Optional.ofNullable(sequence).map(UUID::toString));
    }
}
