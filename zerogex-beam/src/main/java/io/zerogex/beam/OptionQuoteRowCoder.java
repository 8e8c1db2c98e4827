package io.zerogex.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Coder of {@link OptionQuoteRow}: the columns in declaration order, nullable ones behind a
 * presence byte (see {@code Fields}). This class is immutable and thread-safe.
 */
public final class OptionQuoteRowCoder extends FieldCoder<OptionQuoteRow> {

  private static final OptionQuoteRowCoder INSTANCE = new OptionQuoteRowCoder();

  private OptionQuoteRowCoder() {
  }

  /** {@return the coder} */
  public static OptionQuoteRowCoder of() {
    return INSTANCE;
  }

  @Override
  void write(OptionQuoteRow row, DataOutputStream out) throws IOException {
    Fields.writeString(out, row.underlying());
    Fields.writeInstant(out, row.asOf());
    out.writeDouble(row.spot());
    Fields.writeString(out, row.contractSymbol());
    Fields.writeString(out, row.contractUnderlying());
    Fields.writeString(out, row.root());
    Fields.writeDate(out, row.expiration());
    Fields.writeDouble(out, row.strike());
    Fields.writeString(out, row.right());
    Fields.writeLong(out, row.multiplier());
    Fields.writeString(out, row.settlement());
    Fields.writeDouble(out, row.bid());
    Fields.writeDouble(out, row.ask());
    Fields.writeDouble(out, row.last());
    Fields.writeLong(out, row.volume());
    Fields.writeLong(out, row.openInterest());
    Fields.writeDouble(out, row.impliedVolatility());
    Fields.writeDouble(out, row.delta());
    Fields.writeDouble(out, row.gamma());
    Fields.writeDouble(out, row.vega());
    Fields.writeDouble(out, row.theta());
    Fields.writeDouble(out, row.rho());
  }

  @Override
  OptionQuoteRow read(DataInputStream in) throws IOException {
    return new OptionQuoteRow(Fields.readString(in), Fields.readInstant(in), in.readDouble(), Fields.readString(in),
        Fields.readString(in), Fields.readString(in), Fields.readDate(in), Fields.readDouble(in),
        Fields.readString(in), Fields.readLong(in), Fields.readString(in), Fields.readDouble(in),
        Fields.readDouble(in), Fields.readDouble(in), Fields.readLong(in), Fields.readLong(in),
        Fields.readDouble(in), Fields.readDouble(in), Fields.readDouble(in), Fields.readDouble(in),
        Fields.readDouble(in), Fields.readDouble(in));
  }
}
