package io.zerogex.core.engine;

/** The level events the {@link GexEngine} reports to its {@link AlertListener}s. */
public enum AlertKind {
  /** Spot moved from one side of the zero-gamma level to the other between two exposure runs. */
  ZERO_GAMMA_CROSSED,
  /** Spot rose from below the call wall to at or above it. */
  CALL_WALL_BREACHED,
  /** Spot fell from above the put wall to at or below it. */
  PUT_WALL_BREACHED,
  /** Net (total) gamma exposure changed sign. */
  NET_GEX_SIGN_CHANGED
}
