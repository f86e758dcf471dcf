package io.ispflow.radius.rebuild;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

/** Rebuild jobs run one at a time and tell how they ended. */
class RebuildJobsTest {

    private final RadiusRebuild rebuild = mock(RadiusRebuild.class);
    private final RadiusMaintenance maintenance = new RadiusMaintenance();
    private final RebuildJobs jobs = new RebuildJobs(rebuild, maintenance);

    @Test
    void aSecondRebuildOrADriftCheckWhileOneRunsIsRefusedWithRebuildRunning() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(invocation -> release.await(10, TimeUnit.SECONDS)).when(rebuild).run(any());
        RebuildJob first = jobs.start();

        assertThatThrownBy(jobs::start).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.REBUILD_RUNNING));
        assertThatThrownBy(maintenance::begin).isInstanceOf(DomainException.class);
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> first.status().state() == RebuildJob.State.SUCCEEDED);
        assertThat(jobs.start().id()).isNotEqualTo(first.id());
    }

    @Test
    void aFailedRebuildSaysWhyAndFreesTheTurn() {
        doThrow(new IllegalStateException("the event store delivered no event")).when(rebuild).run(any());

        RebuildJob job = jobs.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> job.status().state() == RebuildJob.State.FAILED);
        assertThat(job.status().error()).isEqualTo("the event store delivered no event");
        assertThat(job.status().finishedAt()).isNotNull();
        assertThat(jobs.find(job.id())).contains(job);
    }
}
