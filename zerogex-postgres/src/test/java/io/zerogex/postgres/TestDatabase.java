package io.zerogex.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the tests use: an external one when the system property
 * {@code zerogex.pg.url} or the environment variable {@code ZEROGEX_PG_URL} holds a JDBC URL (with
 * user and password parameters), otherwise one embedded PostgreSQL 16 started once per test JVM
 * and stopped when it exits. Each test takes a fresh schema from {@link #newSchema()}.
 */
final class TestDatabase {

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static DataSource dataSource;

  private TestDatabase() {
  }

  /** The shared data source, starting the embedded server on first use. */
  static synchronized DataSource dataSource() {
    if (dataSource == null) {
      String url = System.getProperty("zerogex.pg.url", System.getenv("ZEROGEX_PG_URL"));
      if (url != null && !url.isBlank()) {
        PGSimpleDataSource external = new PGSimpleDataSource();
        external.setURL(url);
        dataSource = external;
      } else {
        try {
          EmbeddedPostgres server = EmbeddedPostgres.start();
          Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
              server.close();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }));
          dataSource = server.getPostgresDatabase();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
      }
    }
    return dataSource;
  }

  /** A schema name no other test of this JVM uses (the JVM's pid keeps parallel runs apart). */
  static String newSchema() {
    return "zerogex_test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
  }

  /** Drops a test schema and everything in it. */
  static void drop(String schema) {
    execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
  }

  /** Runs one statement on its own connection. */
  static void execute(String sql) {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
