package id.go.pemda.bandwidth.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows remembered until the current transaction ends. One engine command (a completed task, the
 * next task's form views, the delegates between them) asks for the same survey, site or OPD many
 * times; the benchmark counted 34 reads of one transition's survey over its 13 steps. The memo
 * sends each such read to the database once per transaction. The owner forgets a key when it
 * writes that row, so only rows written through their owner are memoised; outside a transaction
 * every call reads.
 */
public final class TransactionMemo<K, V> {

  /** This memo's key among the transaction's resources. */
  private final Object resource = new Object();

  public V get(K key, Function<K, V> read) {
    Map<K, V> values = values();
    if (values == null) {
      return read.apply(key);
    }
    V value = values.get(key);
    if (value == null) {
      // not computeIfAbsent: a read may itself go through another memo of this transaction
      value = read.apply(key);
      if (value != null) {
        values.put(key, value);
      }
    }
    return value;
  }

  public void forget(K key) {
    Map<K, V> values = values();
    if (values != null) {
      values.remove(key);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<K, V> values() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(resource);
    if (values == null) {
      Map<K, V> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(resource, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(resource);
        }
      });
      values = fresh;
    }
    return values;
  }
}
