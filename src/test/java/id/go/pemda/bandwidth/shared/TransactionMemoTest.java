package id.go.pemda.bandwidth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionMemoTest {

  private final TransactionMemo<Long, String> memo = new TransactionMemo<>();
  private final AtomicInteger reads = new AtomicInteger();
  private final Function<Long, String> read = id -> {
    reads.incrementAndGet();
    return "survey " + id + " read " + reads.get();
  };

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      complete();
    }
  }

  @Test
  void within_a_transaction_a_row_is_read_once() {
    TransactionSynchronizationManager.initSynchronization();

    String first = memo.get(7L, read);
    String second = memo.get(7L, read);

    assertThat(second).isEqualTo(first);
    assertThat(reads).hasValue(1);
  }

  @Test
  void a_row_its_owner_wrote_is_read_again() {
    TransactionSynchronizationManager.initSynchronization();
    memo.get(7L, read);

    memo.forget(7L);

    assertThat(memo.get(7L, read)).isEqualTo("survey 7 read 2");
  }

  @Test
  void the_next_transaction_reads_afresh() {
    TransactionSynchronizationManager.initSynchronization();
    memo.get(7L, read);
    complete();
    TransactionSynchronizationManager.initSynchronization();

    assertThat(memo.get(7L, read)).isEqualTo("survey 7 read 2");
  }

  @Test
  void without_a_transaction_every_call_reads() {
    memo.get(7L, read);
    memo.get(7L, read);

    assertThat(reads).hasValue(2);
  }

  @Test
  void nothing_found_is_not_remembered() {
    TransactionSynchronizationManager.initSynchronization();
    memo.get(7L, id -> {
      reads.incrementAndGet();
      return null;
    });

    assertThat(memo.get(7L, read)).isEqualTo("survey 7 read 2");
  }

  private static void complete() {
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    TransactionSynchronizationManager.clearSynchronization();
  }
}
