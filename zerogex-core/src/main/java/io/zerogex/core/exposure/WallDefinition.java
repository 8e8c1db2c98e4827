package io.zerogex.core.exposure;

/**
 * How the call wall and the put wall are chosen from the by-strike table (exposures aggregated
 * across expirations). Only strikes within the configured wall window around spot
 * ({@code |strike / spot - 1| <= window}) are candidates; ties go to the strike nearest spot.
 */
public enum WallDefinition {
  /**
   * Call wall: the strike with the largest positive net gamma exposure; put wall: the strike with
   * the most negative net gamma exposure. Either is empty when no strike has that sign. The
   * default.
   */
  NET,
  /**
   * Call wall: the largest absolute call gamma exposure at or above spot; put wall: the largest
   * absolute put gamma exposure at or below spot.
   */
  SPOT_SIDE,
  /**
   * Call wall: the largest absolute call gamma exposure at any strike; put wall: the largest
   * absolute put gamma exposure at any strike.
   */
  ABSOLUTE_PER_SIDE
}
