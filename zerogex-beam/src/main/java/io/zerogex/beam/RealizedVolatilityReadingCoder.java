package io.zerogex.beam;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.volatility.DataIssue;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Coder of the core's {@link RealizedVolatilityReading}: every component in declaration order,
 * the session as date, open, close and early-close flag, the issues as a count and their fields.
 * This class is immutable and thread-safe.
 */
public final class RealizedVolatilityReadingCoder extends FieldCoder<RealizedVolatilityReading> {

  private static final RealizedVolatilityReadingCoder INSTANCE = new RealizedVolatilityReadingCoder();

  private RealizedVolatilityReadingCoder() {
  }

  /** {@return the coder} */
  public static RealizedVolatilityReadingCoder of() {
    return INSTANCE;
  }

  @Override
  void write(RealizedVolatilityReading r, DataOutputStream out) throws IOException {
    Fields.writeString(out, r.symbol());
    Fields.writeInstant(out, r.asOf());
    Fields.writeString(out, r.window().name());
    RegularSession session = r.session();
    Fields.writeDate(out, session.date());
    Fields.writeInstant(out, session.open());
    Fields.writeInstant(out, session.close());
    out.writeBoolean(session.earlyClose());
    Fields.writeInstant(out, r.windowStart());
    Fields.writeInstant(out, r.windowEnd());
    Fields.writeOptional(out, r.annualizedVolatility());
    out.writeInt(r.returnsUsed());
    out.writeInt(r.slotsCovered());
    out.writeInt(r.expectedReturns());
    out.writeInt(r.issues().size());
    for (DataIssue issue : r.issues()) {
      Fields.writeString(out, issue.kind().name());
      Fields.writeInstant(out, issue.at());
      out.writeInt(issue.count());
      Fields.writeString(out, issue.detail());
    }
  }

  @Override
  RealizedVolatilityReading read(DataInputStream in) throws IOException {
    String symbol = Fields.readString(in);
    var asOf = Fields.readInstant(in);
    RealizedVolatilityWindow window = RealizedVolatilityWindow.valueOf(Fields.readString(in));
    RegularSession session = new RegularSession(Fields.readDate(in), Fields.readInstant(in), Fields.readInstant(in),
        in.readBoolean());
    var windowStart = Fields.readInstant(in);
    var windowEnd = Fields.readInstant(in);
    var volatility = Fields.readOptional(in);
    int returnsUsed = in.readInt();
    int slotsCovered = in.readInt();
    int expectedReturns = in.readInt();
    int issueCount = in.readInt();
    List<DataIssue> issues = new ArrayList<>(issueCount);
    for (int i = 0; i < issueCount; i++) {
      issues.add(new DataIssue(DataIssue.Kind.valueOf(Fields.readString(in)), Fields.readInstant(in), in.readInt(),
          Fields.readString(in)));
    }
    return new RealizedVolatilityReading(symbol, asOf, window, session, windowStart, windowEnd, volatility,
        returnsUsed, slotsCovered, expectedReturns, issues);
  }
}
