package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Coder of {@link DailyExposure}: components in declaration order. Immutable and thread-safe. */
public final class DailyExposureCoder extends FieldCoder<DailyExposure> {

  private static final DailyExposureCoder INSTANCE = new DailyExposureCoder();

  private DailyExposureCoder() {
  }

  /** {@return the coder} */
  public static DailyExposureCoder of() {
    return INSTANCE;
  }

  @Override
  void write(DailyExposure value, DataOutputStream out) throws IOException {
    Fields.writeString(out, value.underlying());
    Fields.writeDate(out, value.date());
    Fields.writeInstant(out, value.asOf());
    out.writeDouble(value.spot());
    out.writeDouble(value.netGamma());
    Fields.writeOptional(out, value.zeroGamma());
    Fields.writeOptional(out, value.callWall());
    Fields.writeOptional(out, value.putWall());
    Fields.writeOptional(out, value.realizedVolatility());
  }

  @Override
  DailyExposure read(DataInputStream in) throws IOException {
    return new DailyExposure(Fields.readString(in), Fields.readDate(in), Fields.readInstant(in), in.readDouble(),
        in.readDouble(), Fields.readOptional(in), Fields.readOptional(in), Fields.readOptional(in),
        Fields.readOptional(in));
  }
}
