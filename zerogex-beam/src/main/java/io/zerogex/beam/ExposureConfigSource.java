package io.zerogex.beam;

import io.zerogex.core.exposure.ExposureConfig;
import java.io.Serializable;

/**
 * Supplies the {@link ExposureConfig} on each worker. The config itself is not serializable; this
 * function is (a method reference such as {@code ExposureConfig::defaults} or a lambda that builds
 * the config from serializable values), and each worker calls it once per transform instance.
 */
@FunctionalInterface
public interface ExposureConfigSource extends Serializable {

  /** {@return the config the exposure transform computes with} */
  ExposureConfig config();
}
