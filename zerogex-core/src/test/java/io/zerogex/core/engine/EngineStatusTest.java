package io.zerogex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineStatusTest {

  private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

  private static JobStatus heartbeat(Instant last) {
    return new JobStatus(Job.HEARTBEAT, "*", Optional.ofNullable(last), 0, Optional.empty(), false);
  }

  @Test
  void healthyWithAFreshHeartbeatAndNoRunOfFailures() {
    JobStatus chain = new JobStatus(Job.CHAIN_SNAPSHOT, "SPX", Optional.of(NOW), 2, Optional.of("timeout"), false);
    EngineStatus status = new EngineStatus(NOW, List.of(heartbeat(NOW.minusSeconds(180)), chain), false);
    assertThat(status.problems(Duration.ofMinutes(3), 3)).isEmpty();
  }

  @Test
  void aStaleHeartbeatAFailingJobAndClosingAreEachAProblem() {
    JobStatus chain = new JobStatus(Job.CHAIN_SNAPSHOT, "SPX", Optional.empty(), 3, Optional.of("timeout"), false);
    EngineStatus status = new EngineStatus(NOW, List.of(heartbeat(NOW.minusSeconds(181)), chain), true);
    assertThat(status.problems(Duration.ofMinutes(3), 3)).containsExactly("engine closed",
        "heartbeat stale: last 2026-11-25T14:56:59Z", "CHAIN_SNAPSHOT SPX failed 3 times in a row: timeout");
    assertThat(new EngineStatus(NOW, List.of(heartbeat(null)), false).problems(Duration.ofMinutes(3), 3))
        .containsExactly("heartbeat stale: last never");
    assertThatIllegalArgumentException().isThrownBy(() -> status.problems(Duration.ofMinutes(3), 0))
        .withMessageContaining("maxConsecutiveFailures");
  }
}
