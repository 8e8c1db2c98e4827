package io.zerogex.bigquery;

import com.google.cloud.bigquery.Field;
import com.google.cloud.bigquery.FieldList;
import com.google.cloud.bigquery.FieldValue;
import com.google.cloud.bigquery.FieldValueList;
import com.google.cloud.bigquery.Schema;
import com.google.cloud.bigquery.StandardSQLTypeName;
import io.zerogex.core.exposure.ExpirationExposure;
import io.zerogex.core.exposure.ExpiryBucket;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.exposure.ExposureUnit;
import io.zerogex.core.exposure.ProfileStatus;
import io.zerogex.core.exposure.StrikeExposure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code analytics.gamma_exposure} table: one row per exposure snapshot, the by-strike and
 * by-expiration tables as repeated records in the snapshot's order. Stateless.
 */
final class ExposureRows {

  private ExposureRows() {
  }

  /** The explicit schema; every field has a mode. */
  static Schema schema() {
    Field byStrike = Field.newBuilder("by_strike", StandardSQLTypeName.STRUCT, FieldList.of(
            StoreTables.required("strike", StandardSQLTypeName.FLOAT64), StoreTables.required("call_gamma", StandardSQLTypeName.FLOAT64),
            StoreTables.required("put_gamma", StandardSQLTypeName.FLOAT64), StoreTables.required("net_gamma", StandardSQLTypeName.FLOAT64),
            StoreTables.required("absolute_gamma", StandardSQLTypeName.FLOAT64),
            StoreTables.required("call_open_interest", StandardSQLTypeName.INT64),
            StoreTables.required("put_open_interest", StandardSQLTypeName.INT64)))
        .setMode(Field.Mode.REPEATED).build();
    Field byExpiration = Field.newBuilder("by_expiration", StandardSQLTypeName.STRUCT, FieldList.of(
            StoreTables.required("expiration", StandardSQLTypeName.DATE), StoreTables.required("days_to_expiration", StandardSQLTypeName.INT64),
            StoreTables.required("bucket", StandardSQLTypeName.STRING), StoreTables.required("call_gamma", StandardSQLTypeName.FLOAT64),
            StoreTables.required("put_gamma", StandardSQLTypeName.FLOAT64), StoreTables.required("net_gamma", StandardSQLTypeName.FLOAT64),
            StoreTables.required("absolute_gamma", StandardSQLTypeName.FLOAT64), StoreTables.required("contracts", StandardSQLTypeName.INT64)))
        .setMode(Field.Mode.REPEATED).build();
    return Schema.of(
        StoreTables.required("underlying", StandardSQLTypeName.STRING),
        StoreTables.required("as_of", StandardSQLTypeName.TIMESTAMP),
        StoreTables.required("spot", StandardSQLTypeName.FLOAT64),
        StoreTables.required("unit", StandardSQLTypeName.STRING),
        StoreTables.required("config_label", StandardSQLTypeName.STRING),
        StoreTables.required("call_gamma", StandardSQLTypeName.FLOAT64),
        StoreTables.required("put_gamma", StandardSQLTypeName.FLOAT64),
        StoreTables.required("net_gamma", StandardSQLTypeName.FLOAT64),
        StoreTables.required("absolute_gamma", StandardSQLTypeName.FLOAT64),
        StoreTables.nullable("zero_gamma", StandardSQLTypeName.FLOAT64),
        StoreTables.nullable("call_wall", StandardSQLTypeName.FLOAT64),
        StoreTables.nullable("put_wall", StandardSQLTypeName.FLOAT64),
        StoreTables.nullable("abs_gamma_strike", StandardSQLTypeName.FLOAT64),
        StoreTables.nullable("max_pain", StandardSQLTypeName.FLOAT64),
        StoreTables.required("profile_status", StandardSQLTypeName.STRING),
        StoreTables.required("zero_dte_share", StandardSQLTypeName.FLOAT64),
        StoreTables.required("delta_dollars", StandardSQLTypeName.FLOAT64),
        StoreTables.required("vanna_dollars_per_vol_point", StandardSQLTypeName.FLOAT64),
        StoreTables.required("charm_dollars_per_day", StandardSQLTypeName.FLOAT64),
        byStrike,
        byExpiration,
        StoreTables.required("written_at", StandardSQLTypeName.TIMESTAMP),
        StoreTables.required("write_id", StandardSQLTypeName.STRING));
  }

  /** The snapshot's row. */
  static Map<String, Object> row(ExposureSnapshot s) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("underlying", s.underlying());
    row.put("as_of", Rows.timestamp(s.asOf()));
    row.put("spot", s.spot());
    row.put("unit", s.unit().name());
    row.put("config_label", s.configLabel());
    row.put("call_gamma", s.callGamma());
    row.put("put_gamma", s.putGamma());
    row.put("net_gamma", s.netGamma());
    row.put("absolute_gamma", s.absoluteGamma());
    row.put("zero_gamma", Rows.orNull(s.zeroGamma()));
    row.put("call_wall", Rows.orNull(s.callWall()));
    row.put("put_wall", Rows.orNull(s.putWall()));
    row.put("abs_gamma_strike", Rows.orNull(s.absGammaStrike()));
    row.put("max_pain", Rows.orNull(s.maxPain()));
    row.put("profile_status", s.profileStatus().name());
    row.put("zero_dte_share", s.zeroDteShare());
    row.put("delta_dollars", s.deltaDollars());
    row.put("vanna_dollars_per_vol_point", s.vannaDollarsPerVolPoint());
    row.put("charm_dollars_per_day", s.charmDollarsPerDay());
    List<Map<String, Object>> strikes = new ArrayList<>();
    for (StrikeExposure e : s.byStrike()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("strike", e.strike());
      item.put("call_gamma", e.callGamma());
      item.put("put_gamma", e.putGamma());
      item.put("net_gamma", e.netGamma());
      item.put("absolute_gamma", e.absoluteGamma());
      item.put("call_open_interest", e.callOpenInterest());
      item.put("put_open_interest", e.putOpenInterest());
      strikes.add(item);
    }
    row.put("by_strike", strikes);
    List<Map<String, Object>> expirations = new ArrayList<>();
    for (ExpirationExposure e : s.byExpiration()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("expiration", e.expiration().toString());
      item.put("days_to_expiration", e.daysToExpiration());
      item.put("bucket", e.bucket().name());
      item.put("call_gamma", e.callGamma());
      item.put("put_gamma", e.putGamma());
      item.put("net_gamma", e.netGamma());
      item.put("absolute_gamma", e.absoluteGamma());
      item.put("contracts", e.contracts());
      expirations.add(item);
    }
    row.put("by_expiration", expirations);
    return row;
  }

  /** The snapshot of a row; record cells are read by position (the client names top-level cells only). */
  static ExposureSnapshot snapshot(FieldValueList row) {
    List<StrikeExposure> strikes = new ArrayList<>();
    for (FieldValue item : row.get("by_strike").getRepeatedValue()) {
      FieldValueList e = item.getRecordValue();
      strikes.add(new StrikeExposure(e.get(0).getDoubleValue(), e.get(1).getDoubleValue(), e.get(2).getDoubleValue(),
          e.get(3).getDoubleValue(), e.get(4).getDoubleValue(), e.get(5).getLongValue(), e.get(6).getLongValue()));
    }
    List<ExpirationExposure> expirations = new ArrayList<>();
    for (FieldValue item : row.get("by_expiration").getRepeatedValue()) {
      FieldValueList e = item.getRecordValue();
      expirations.add(new ExpirationExposure(LocalDate.parse(e.get(0).getStringValue()), e.get(1).getLongValue(),
          ExpiryBucket.valueOf(e.get(2).getStringValue()), e.get(3).getDoubleValue(), e.get(4).getDoubleValue(),
          e.get(5).getDoubleValue(), e.get(6).getDoubleValue(), (int) e.get(7).getLongValue()));
    }
    return new ExposureSnapshot(row.get("underlying").getStringValue(), Rows.instant(row.get("as_of")),
        number(row, "spot"), ExposureUnit.valueOf(row.get("unit").getStringValue()),
        row.get("config_label").getStringValue(), number(row, "call_gamma"), number(row, "put_gamma"),
        number(row, "net_gamma"), number(row, "absolute_gamma"), Rows.optional(row.get("zero_gamma")),
        Rows.optional(row.get("call_wall")), Rows.optional(row.get("put_wall")), Rows.optional(row.get("abs_gamma_strike")),
        Rows.optional(row.get("max_pain")), ProfileStatus.valueOf(row.get("profile_status").getStringValue()),
        number(row, "zero_dte_share"), number(row, "delta_dollars"), number(row, "vanna_dollars_per_vol_point"),
        number(row, "charm_dollars_per_day"), strikes, expirations);
  }

  private static double number(FieldValueList row, String name) {
    return row.get(name).getDoubleValue();
  }
}
