package io.zerogex.postgres;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out one physical connection again and again (its {@code close()} is
 * ignored) until that connection is closed, like a pool of one: the test of a dropped connection
 * needs a connection that outlives a call.
 */
final class OneConnectionDataSource implements DataSource {

  private final DataSource target;
  private Connection current;

  OneConnectionDataSource(DataSource target) {
    this.target = target;
  }

  /** The physical connection handed out last (to find its backend). */
  synchronized Connection physical() throws SQLException {
    if (current == null || current.isClosed()) {
      current = target.getConnection();
    }
    return current;
  }

  @Override
  public synchronized Connection getConnection() throws SQLException {
    Connection physical = physical();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          try {
            return method.invoke(physical, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    throw new UnsupportedOperationException("no log writer");
  }

  @Override
  public void setLoginTimeout(int seconds) {
    throw new UnsupportedOperationException("no login timeout");
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
