package id.go.pemda.bandwidth.benchmark;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts the SQL statements an engine sends and the time the database took to answer them, so
 * the benchmark can say where a step's time goes: in round trips to the database or in Java.
 * While {@link #recordBySql} is on, it also keeps count and time per statement text and
 * {@link #label} (the step that sent it).
 */
final class SqlStats {

  private static final int SQL_KEY_LENGTH = 110;

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong nanos = new AtomicLong();
  private final Map<String, LongAdder[]> bySql = new ConcurrentHashMap<>();
  private volatile boolean recordBySql;
  /** What is running now (a step of the walk), recorded with each statement's text. */
  private volatile String label = "";

  long statements() {
    return statements.get();
  }

  long nanos() {
    return nanos.get();
  }

  void label(String now) {
    label = now;
  }

  void recordBySql(boolean on) {
    bySql.clear();
    recordBySql = on;
  }

  /** Count and total nanoseconds per statement text seen while recording. */
  Map<String, long[]> recorded() {
    Map<String, long[]> copy = new HashMap<>();
    bySql.forEach((sql, totals) -> copy.put(sql, new long[] {totals[0].sum(), totals[1].sum()}));
    return copy;
  }

  /** The statements seen while recording, most time first: {text, count, total ms}. */
  List<Object[]> topBySql(int limit) {
    List<Object[]> rows = new ArrayList<>();
    bySql.forEach((sql, totals) -> rows.add(new Object[] {sql, totals[0].sum(), totals[1].sum() / 1e6}));
    rows.sort(Comparator.comparingDouble((Object[] row) -> (double) row[2]).reversed());
    return rows.subList(0, Math.min(limit, rows.size()));
  }

  /** The data source counted; it stays {@link Closeable} (a pool) so its owner can close it. */
  DataSource wrap(DataSource target) {
    Class<?>[] types = target instanceof Closeable
        ? new Class<?>[] {DataSource.class, Closeable.class}
        : new Class<?>[] {DataSource.class};
    return (DataSource) Proxy.newProxyInstance(SqlStats.class.getClassLoader(), types, (proxy, method, args) -> {
      Object result = invoke(target, method, args);
      return result instanceof Connection connection ? connection(connection) : result;
    });
  }

  private Connection connection(Connection target) {
    return proxy(Connection.class, target, (proxy, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof PreparedStatement prepared && args != null && args[0] instanceof String sql) {
        return proxy(PreparedStatement.class, prepared, timing(prepared, sql));
      }
      if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
        return proxy(Statement.class, statement, timing(statement, null));
      }
      return result;
    });
  }

  private InvocationHandler timing(Statement target, String preparedSql) {
    return (proxy, method, args) -> {
      if (!method.getName().startsWith("execute")) {
        return invoke(target, method, args);
      }
      long started = System.nanoTime();
      try {
        return invoke(target, method, args);
      } finally {
        long took = System.nanoTime() - started;
        statements.incrementAndGet();
        nanos.addAndGet(took);
        String sql = preparedSql != null ? preparedSql : args != null && args[0] instanceof String text ? text : "?";
        if (recordBySql) {
          LongAdder[] totals = bySql.computeIfAbsent(label.isEmpty() ? key(sql) : label + " | " + key(sql), k -> new LongAdder[] {new LongAdder(), new LongAdder()});
          totals[0].increment();
          totals[1].add(took);
        }
      }
    };
  }

  private static String key(String sql) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    return flat.length() <= SQL_KEY_LENGTH ? flat : flat.substring(0, SQL_KEY_LENGTH);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(SqlStats.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
