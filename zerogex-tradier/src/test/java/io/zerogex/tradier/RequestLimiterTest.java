package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client-side limiter on a fake ticker whose sleeps advance time. */
class RequestLimiterTest {

  private long nanos;
  private final List<Duration> sleeps = new ArrayList<>();

  private RequestLimiter limiter(int perMinute) {
    return new RequestLimiter(perMinute, () -> nanos, d -> {
      sleeps.add(d);
      nanos += d.toNanos();
    });
  }

  @Test
  void keepsUnderTheAllowanceInAnyRollingMinute() throws InterruptedException {
    RequestLimiter limiter = limiter(3);
    List<Long> starts = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      limiter.acquire();
      starts.add(nanos);
      nanos += Duration.ofSeconds(1).toNanos();
    }
    // Three in the first minute (0, 1, 2 s), then each waits for the oldest to leave the window.
    assertThat(starts.get(2)).isEqualTo(Duration.ofSeconds(2).toNanos());
    assertThat(starts.get(3)).isEqualTo(Duration.ofSeconds(60).toNanos());
    assertThat(starts.get(6)).isEqualTo(Duration.ofSeconds(120).toNanos());
    for (int i = 3; i < starts.size(); i++) {
      assertThat(starts.get(i) - starts.get(i - 3)).isGreaterThanOrEqualTo(Duration.ofMinutes(1).toNanos());
    }
  }

  @Test
  void serverSayingNoneLeftPausesUntilExpiry() throws InterruptedException {
    RequestLimiter limiter = limiter(100);
    limiter.acquire();
    limiter.onServerAllowance(5, Duration.ofSeconds(30));
    limiter.acquire();
    assertThat(sleeps).isEmpty();
    limiter.onServerAllowance(0, Duration.ofSeconds(30));
    limiter.acquire();
    assertThat(nanos).isGreaterThanOrEqualTo(Duration.ofSeconds(30).toNanos());
  }

  @Test
  void absurdPausesAreCapped() throws InterruptedException {
    RequestLimiter limiter = limiter(100);
    limiter.pauseFor(Duration.ofDays(3));
    limiter.acquire();
    assertThat(nanos).isEqualTo(Duration.ofMinutes(2).toNanos());
  }
}
