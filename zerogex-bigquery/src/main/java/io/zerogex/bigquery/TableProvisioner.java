package io.zerogex.bigquery;

import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryException;
import com.google.cloud.bigquery.Clustering;
import com.google.cloud.bigquery.DatasetId;
import com.google.cloud.bigquery.DatasetInfo;
import com.google.cloud.bigquery.Field;
import com.google.cloud.bigquery.Schema;
import com.google.cloud.bigquery.StandardTableDefinition;
import com.google.cloud.bigquery.Table;
import com.google.cloud.bigquery.TableInfo;
import com.google.cloud.bigquery.TimePartitioning;
import com.google.cloud.bigquery.ViewDefinition;
import io.zerogex.core.spi.StorageException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates the store's datasets, tables and de-duplicating views when missing, and evolves an
 * existing table's schema by adding the nullable columns it lacks (BigQuery allows only that
 * without rewriting the table). Existing columns are never changed or dropped. Thread-safe if the
 * client is.
 */
final class TableProvisioner {

  private static final int CONFLICT = 409;

  private final BigQuery bigQuery;
  private final String location;

  TableProvisioner(BigQuery bigQuery, String location) {
    this.bigQuery = bigQuery;
    this.location = location;
  }

  /** Makes every dataset, table and view of {@code tables} exist with at least its columns. */
  void provision(List<TableSpec> tables) {
    Set<DatasetId> datasets = new LinkedHashSet<>();
    tables.forEach(spec -> datasets.add(DatasetId.of(spec.table().getProject(), spec.table().getDataset())));
    datasets.forEach(this::ensureDataset);
    for (TableSpec spec : tables) {
      ensureTable(spec);
      ensureView(spec);
    }
  }

  private void ensureDataset(DatasetId dataset) {
    if (bigQuery.getDataset(dataset) != null) {
      return;
    }
    try {
      bigQuery.create(DatasetInfo.newBuilder(dataset).setLocation(location).build());
    } catch (BigQueryException e) {
      if (e.getCode() != CONFLICT) {
        throw new StorageException("cannot create dataset " + dataset.getDataset() + ": " + e.getMessage(), e);
      }
    }
  }

  private void ensureTable(TableSpec spec) {
    Table existing = bigQuery.getTable(spec.table());
    if (existing == null) {
      StandardTableDefinition definition = StandardTableDefinition.newBuilder()
          .setSchema(spec.schema())
          .setTimePartitioning(TimePartitioning.newBuilder(TimePartitioning.Type.DAY)
              .setField(spec.partitionColumn()).build())
          .setClustering(Clustering.newBuilder().setFields(spec.clustering()).build())
          .build();
      create(TableInfo.newBuilder(spec.table(), definition)
          .setRequirePartitionFilter(spec.requirePartitionFilter()).build());
      return;
    }
    Schema current = existing.getDefinition().getSchema();
    List<Field> added = missingFields(spec, current);
    if (!added.isEmpty()) {
      List<Field> fields = new ArrayList<>(current.getFields());
      fields.addAll(added);
      StandardTableDefinition definition = existing.getDefinition();
      try {
        existing.toBuilder().setDefinition(definition.toBuilder().setSchema(Schema.of(fields)).build()).build().update();
      } catch (BigQueryException e) {
        throw new StorageException("cannot add columns to table " + spec.table().getTable() + ": " + e.getMessage(), e);
      }
    }
  }

  /** The fields of the spec absent from the table; a missing REQUIRED field cannot be added. */
  static List<Field> missingFields(TableSpec spec, Schema current) {
    List<Field> added = new ArrayList<>();
    for (Field field : spec.schema().getFields()) {
      boolean present = current != null && current.getFields().stream().anyMatch(f -> f.getName().equals(field.getName()));
      if (present) {
        continue;
      }
      if (field.getMode() == Field.Mode.REQUIRED) {
        throw new StorageException("table " + spec.table().getTable() + " lacks required column " + field.getName()
            + ", which cannot be added to an existing table");
      }
      added.add(field);
    }
    return added;
  }

  private void ensureView(TableSpec spec) {
    if (bigQuery.getTable(spec.view()) == null) {
      create(TableInfo.of(spec.view(), ViewDefinition.newBuilder(spec.viewSql()).setUseLegacySql(false).build()));
    }
  }

  private void create(TableInfo table) {
    try {
      bigQuery.create(table);
    } catch (BigQueryException e) {
      if (e.getCode() != CONFLICT) {
        throw new StorageException("cannot create table " + table.getTableId().getTable() + ": " + e.getMessage(), e);
      }
    }
  }
}
