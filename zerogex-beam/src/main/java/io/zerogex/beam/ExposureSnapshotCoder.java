package io.zerogex.beam;

import io.zerogex.core.exposure.ExpirationExposure;
import io.zerogex.core.exposure.ExpiryBucket;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.exposure.ExposureUnit;
import io.zerogex.core.exposure.ProfileStatus;
import io.zerogex.core.exposure.StrikeExposure;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Coder of the core's {@link ExposureSnapshot} (summary, levels, zero gamma, the by-strike and
 * by-expiration tables): every component in declaration order, doubles bit for bit, enums by
 * name, the tables as a count followed by their rows. This class is immutable and thread-safe.
 */
public final class ExposureSnapshotCoder extends FieldCoder<ExposureSnapshot> {

  private static final ExposureSnapshotCoder INSTANCE = new ExposureSnapshotCoder();

  private ExposureSnapshotCoder() {
  }

  /** {@return the coder} */
  public static ExposureSnapshotCoder of() {
    return INSTANCE;
  }

  @Override
  void write(ExposureSnapshot s, DataOutputStream out) throws IOException {
    Fields.writeString(out, s.underlying());
    Fields.writeInstant(out, s.asOf());
    out.writeDouble(s.spot());
    Fields.writeString(out, s.unit().name());
    Fields.writeString(out, s.configLabel());
    out.writeDouble(s.callGamma());
    out.writeDouble(s.putGamma());
    out.writeDouble(s.netGamma());
    out.writeDouble(s.absoluteGamma());
    Fields.writeOptional(out, s.zeroGamma());
    Fields.writeOptional(out, s.callWall());
    Fields.writeOptional(out, s.putWall());
    Fields.writeOptional(out, s.absGammaStrike());
    Fields.writeOptional(out, s.maxPain());
    Fields.writeString(out, s.profileStatus().name());
    out.writeDouble(s.zeroDteShare());
    out.writeDouble(s.deltaDollars());
    out.writeDouble(s.vannaDollarsPerVolPoint());
    out.writeDouble(s.charmDollarsPerDay());
    out.writeInt(s.byStrike().size());
    for (StrikeExposure e : s.byStrike()) {
      out.writeDouble(e.strike());
      out.writeDouble(e.callGamma());
      out.writeDouble(e.putGamma());
      out.writeDouble(e.netGamma());
      out.writeDouble(e.absoluteGamma());
      out.writeLong(e.callOpenInterest());
      out.writeLong(e.putOpenInterest());
    }
    out.writeInt(s.byExpiration().size());
    for (ExpirationExposure e : s.byExpiration()) {
      Fields.writeDate(out, e.expiration());
      out.writeLong(e.daysToExpiration());
      Fields.writeString(out, e.bucket().name());
      out.writeDouble(e.callGamma());
      out.writeDouble(e.putGamma());
      out.writeDouble(e.netGamma());
      out.writeDouble(e.absoluteGamma());
      out.writeInt(e.contracts());
    }
  }

  @Override
  ExposureSnapshot read(DataInputStream in) throws IOException {
    String underlying = Fields.readString(in);
    var asOf = Fields.readInstant(in);
    double spot = in.readDouble();
    ExposureUnit unit = ExposureUnit.valueOf(Fields.readString(in));
    String label = Fields.readString(in);
    double callGamma = in.readDouble();
    double putGamma = in.readDouble();
    double netGamma = in.readDouble();
    double absoluteGamma = in.readDouble();
    var zeroGamma = Fields.readOptional(in);
    var callWall = Fields.readOptional(in);
    var putWall = Fields.readOptional(in);
    var absGammaStrike = Fields.readOptional(in);
    var maxPain = Fields.readOptional(in);
    ProfileStatus status = ProfileStatus.valueOf(Fields.readString(in));
    double zeroDteShare = in.readDouble();
    double deltaDollars = in.readDouble();
    double vanna = in.readDouble();
    double charm = in.readDouble();
    int strikeCount = in.readInt();
    List<StrikeExposure> strikes = new ArrayList<>(strikeCount);
    for (int i = 0; i < strikeCount; i++) {
      strikes.add(new StrikeExposure(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
          in.readDouble(), in.readLong(), in.readLong()));
    }
    int expirationCount = in.readInt();
    List<ExpirationExposure> expirations = new ArrayList<>(expirationCount);
    for (int i = 0; i < expirationCount; i++) {
      expirations.add(new ExpirationExposure(Fields.readDate(in), in.readLong(),
          ExpiryBucket.valueOf(Fields.readString(in)), in.readDouble(), in.readDouble(), in.readDouble(),
          in.readDouble(), in.readInt()));
    }
    return new ExposureSnapshot(underlying, asOf, spot, unit, label, callGamma, putGamma, netGamma, absoluteGamma,
        zeroGamma, callWall, putWall, absGammaStrike, maxPain, status, zeroDteShare, deltaDollars, vanna, charm,
        strikes, expirations);
  }
}
