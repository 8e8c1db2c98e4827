package io.zerogex.examples;

import io.zerogex.core.exposure.ExposureConfig;

/** The conventions a report is computed with, as chosen by {@code --mode}. */
enum ReportMode {
  /** {@link ExposureConfig#defaults()}: the library's production conventions. */
  DEFAULT("production defaults"),
  /** {@link ExposureConfig#perfilievCompatible()}: reproduces the widely copied community script. */
  PERFILIEV("Perfiliev-compatible");

  private final String description;

  ReportMode(String description) {
    this.description = description;
  }

  /** The exposure configuration of this mode. */
  ExposureConfig config() {
    return this == DEFAULT ? ExposureConfig.defaults() : ExposureConfig.perfilievCompatible();
  }

  /** A short human description, e.g. {@code Perfiliev-compatible}. */
  String description() {
    return description;
  }
}
