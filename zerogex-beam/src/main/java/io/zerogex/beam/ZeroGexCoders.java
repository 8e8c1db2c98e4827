package io.zerogex.beam;

import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Registers the dedicated coders of this module's row types and of the core types the pipelines
 * carry ({@link ExposureSnapshot}, {@link PriceBar}, {@link RealizedVolatilityReading}) with every
 * pipeline's coder registry, through Beam's {@code ServiceLoader} lookup of
 * {@link CoderProviderRegistrar}s: a user's own {@code ParDo} over these types gets them without
 * {@code setCoder}, and never Java serialization. This class is stateless.
 */
public final class ZeroGexCoders implements CoderProviderRegistrar {

  /** Used by the {@code ServiceLoader}. */
  public ZeroGexCoders() {
  }

  @Override
  public List<CoderProvider> getCoderProviders() {
    return List.of(
        CoderProviders.forCoder(TypeDescriptor.of(OptionQuoteRow.class), OptionQuoteRowCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(SnapshotKey.class), SnapshotKeyCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(DayKey.class), DayKeyCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(DeadLetter.class), DeadLetterCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(DailyExposure.class), DailyExposureCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(ExposureSnapshot.class), ExposureSnapshotCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(PriceBar.class), PriceBarCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(RealizedVolatilityReading.class), RealizedVolatilityReadingCoder.of()));
  }
}
