package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Coder of {@link DailyExposure}: components in declaration order. Immutable and thread-safe. */
public final class DailyExposureCoder extends AtomicCoder<DailyExposure> {

  private static final DailyExposureCoder INSTANCE = new DailyExposureCoder();

  private DailyExposureCoder() {
  }

  /** {@return the coder} */
  public static DailyExposureCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(DailyExposure value, OutputStream outStream) throws IOException {
    DataOutputStream out = Fields.out(outStream);
    Fields.writeString(out, value.underlying());
    Fields.writeDate(out, value.date());
    Fields.writeInstant(out, value.asOf());
    out.writeDouble(value.spot());
    out.writeDouble(value.netGamma());
    Fields.writeOptional(out, value.zeroGamma());
    Fields.writeOptional(out, value.callWall());
    Fields.writeOptional(out, value.putWall());
    Fields.writeOptional(out, value.realizedVolatility());
    out.flush();
  }

  @Override
  public DailyExposure decode(InputStream inStream) throws IOException {
    DataInputStream in = Fields.in(inStream);
    return new DailyExposure(Fields.readString(in), Fields.readDate(in), Fields.readInstant(in), in.readDouble(),
        in.readDouble(), Fields.readOptional(in), Fields.readOptional(in), Fields.readOptional(in),
        Fields.readOptional(in));
  }
}
