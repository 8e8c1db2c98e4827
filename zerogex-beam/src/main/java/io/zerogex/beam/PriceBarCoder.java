package io.zerogex.beam;

import io.zerogex.core.model.PriceBar;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;

/**
 * Coder of the core's {@link PriceBar}: symbol, start, interval in nanoseconds, OHLC bit for bit,
 * volume. This class is immutable and thread-safe.
 */
public final class PriceBarCoder extends FieldCoder<PriceBar> {

  private static final PriceBarCoder INSTANCE = new PriceBarCoder();

  private PriceBarCoder() {
  }

  /** {@return the coder} */
  public static PriceBarCoder of() {
    return INSTANCE;
  }

  @Override
  void write(PriceBar bar, DataOutputStream out) throws IOException {
    Fields.writeString(out, bar.symbol());
    Fields.writeInstant(out, bar.start());
    out.writeLong(bar.interval().toNanos());
    out.writeDouble(bar.open());
    out.writeDouble(bar.high());
    out.writeDouble(bar.low());
    out.writeDouble(bar.close());
    out.writeLong(bar.volume());
  }

  @Override
  PriceBar read(DataInputStream in) throws IOException {
    return new PriceBar(Fields.readString(in), Fields.readInstant(in), Duration.ofNanos(in.readLong()),
        in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readLong());
  }
}
