package io.zerogex.examples;

import io.zerogex.core.exposure.ExposureUnit;

/**
 * How exposure values are shown to people: in billions of the report's unit, with a label.
 * JSON output keeps the report's raw values.
 */
final class DisplayUnits {

  /** Exposures are shown in billions. */
  static final double BILLION = 1e9;

  private DisplayUnits() {
  }

  /** The label of a value in billions of {@code unit}, e.g. {@code $bn per 1% move}. */
  static String billionsLabel(ExposureUnit unit) {
    switch (unit) {
      case DOLLARS_PER_ONE_PERCENT:
        return "$bn per 1% move";
      case DOLLARS_PER_POINT:
        return "$bn per 1-point move";
      default:
        return "bn shares per 1-point move";
    }
  }
}
