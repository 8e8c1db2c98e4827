package io.zerogex.core.engine;

import io.zerogex.core.model.Arguments;
import java.time.Instant;

/**
 * One level event between two consecutive exposure runs of an underlying.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what happened
 * @param underlying the underlying, e.g. {@code SPX}
 * @param at the as-of instant of the newer exposure run
 * @param previousSpot spot at the older run
 * @param spot spot at the newer run
 * @param level the level crossed (zero gamma, the wall's strike), or the newer net gamma
 *     exposure for {@link AlertKind#NET_GEX_SIGN_CHANGED}, in the report's unit
 */
public record LevelAlert(AlertKind kind, String underlying, Instant at, double previousSpot, double spot,
    double level) {

  /** Validates the arguments. */
  public LevelAlert {
    Arguments.notNull(kind, "kind");
    Arguments.notBlank(underlying, "underlying");
    Arguments.notNull(at, "at");
    Arguments.finite(previousSpot, "previousSpot");
    Arguments.finite(spot, "spot");
    Arguments.finite(level, "level");
  }

  /** A one-line description, e.g. {@code "SPX ZERO_GAMMA_CROSSED: spot 4700.0 -> 4690.0, level 4695.0"}. */
  public String describe() {
    return underlying + " " + kind + ": spot " + previousSpot + " -> " + spot + ", level " + level + " at " + at;
  }
}
