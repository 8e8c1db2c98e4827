package io.zerogex.bigquery;

import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryException;
import com.google.cloud.bigquery.FieldValueList;
import com.google.cloud.bigquery.QueryJobConfiguration;
import com.google.cloud.bigquery.QueryParameterValue;
import com.google.cloud.bigquery.TableResult;
import io.zerogex.core.spi.StorageException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the store's read queries: standard SQL with named parameters only (values never enter the
 * SQL text), labelled {@code zerogex_query=<name>} for cost attribution, every result page read.
 * Thread-safe if the client is.
 */
final class QueryRunner {

  /** The label key that names a store query in BigQuery's job history and billing export. */
  static final String LABEL = "zerogex_query";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final BigQuery bigQuery;

  QueryRunner(BigQuery bigQuery) {
    this.bigQuery = bigQuery;
  }

  /** Every row of the query's result, across pages. */
  List<FieldValueList> rows(String name, String sql, Map<String, QueryParameterValue> parameters) {
    QueryJobConfiguration query = QueryJobConfiguration.newBuilder(sql)
        .setUseLegacySql(false)
        .setNamedParameters(parameters)
        .setLabels(Map.of(LABEL, name))
        .build();
    try {
      TableResult result = bigQuery.query(query);
      List<FieldValueList> rows = new ArrayList<>();
      result.iterateAll().forEach(rows::add);
      return rows;
    } catch (BigQueryException e) {
      throw new StorageException("query " + name + " failed (HTTP " + e.getCode() + "): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted running query " + name, e);
    }
  }

  /**
   * A TIMESTAMP parameter, as text with microseconds in UTC (the client's numeric form overflows
   * for instants more than 292 years from 1970, such as the year-1 lower bound of the scans).
   */
  static QueryParameterValue timestamp(Instant instant) {
    return QueryParameterValue.timestamp(TIMESTAMP.format(instant));
  }

  /** A STRING parameter. */
  static QueryParameterValue string(String value) {
    return QueryParameterValue.string(value);
  }

  /** An INT64 parameter. */
  static QueryParameterValue int64(long value) {
    return QueryParameterValue.int64(value);
  }
}
