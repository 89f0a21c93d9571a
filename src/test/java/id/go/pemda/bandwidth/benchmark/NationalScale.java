package id.go.pemda.bandwidth.benchmark;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many regional governments on one engine, every OPD's transition open at a stage of its own,
 * brought there the way a real deployment brings it: each Pemda's transitions are started as
 * its program starts them ({@link Opening}, one per engine), then walked by their users
 * ({@link TransitionWalk}) to the stage where they stand, through the same listeners, delegates
 * and forms as any transition. Tenants are shared out over {@code threads} threads, each taking
 * a whole Pemda at a time. The country's clock stands still at {@link #OPENED_AT} while the
 * programs start and their transitions move on; the transitions that stand past the quiet
 * period are walked there once the clock has moved beyond it.
 */
final class NationalScale {

  /** Sunday 1 November 2026, 09:00 WITA: the country's programs start a month before the measured walk. */
  static final Instant OPENED_AT = Instant.parse("2026-11-01T01:00:00Z");
  private static final Instant QUIET_PERIOD_OVER =
      OPENED_AT.plus(Duration.ofDays(TransitionWalk.QUIET_PERIOD_DAYS)).plusSeconds(60);

  /**
   * Where an OPD's transition stands, in the demo program's proportions over 40 OPDs: a third at
   * the survey, the rest spread over coordination, connection, monitoring and the budget's end.
   */
  static final List<String> MIX = mix();

  private final TransitionWalk walk;
  private final int threads;
  private final CpuTime cpu;

  /** Starts the transitions of one Pemda on an engine: its program's OPDs, all at their survey. */
  @FunctionalInterface
  interface Opening {
    List<Opened> open(int tenantIndex) throws Exception;
  }

  /** A transition just started: its instance, the OPD's code and the OPD's place in the registry. */
  record Opened(String processInstanceId, String opdCode, int opdIndex) {}

  /** A transition waiting for the quiet period's end, to be walked on to its stage. */
  private record Waiting(String processInstanceId, String opdCode, String stage) {}

  /** The country opened: transitions, steps walked to their stages, how long it took, and the CPU seconds it cost. */
  record Result(int transitions, long steps, Duration took, double jvmCpuSeconds, double databaseCpuSeconds) {}

  NationalScale(TransitionWalk walk, int threads, CpuTime cpu) {
    this.walk = walk;
    this.threads = threads;
    this.cpu = cpu;
  }

  private static List<String> mix() {
    List<String> stages = new ArrayList<>();
    add(stages, TransitionContract.TASK_FILL_SURVEY, 12);
    add(stages, TransitionContract.TASK_COORDINATE_TECHNICALLY, 3);
    add(stages, TransitionContract.TASK_APPROVE_PLAN, 2);
    add(stages, TransitionContract.TASK_CONFIRM_INSTALLATION, 5);
    add(stages, TransitionContract.TASK_ACCEPT_LINK, 4);
    add(stages, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, 5);
    add(stages, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION, 3);
    add(stages, TransitionContract.TASK_RECORD_BUDGET_REVOCATION, 2);
    add(stages, TransitionContract.TASK_CONFIRM_ISP_TERMINATION, 4);
    return List.copyOf(stages);
  }

  private static void add(List<String> stages, String stage, int count) {
    for (int i = 0; i < count; i++) {
      stages.add(stage);
    }
  }

  /**
   * The first tenant is Samarinda, whose demo users are measured (as the application names its
   * groups: unprefixed there, prefixed with the tenant id in every other Pemda).
   */
  static String tenant(int index) {
    return index == 0 ? Tenants.DEFAULT : String.format("pemda-%03d", index + 1);
  }

  /** The stage of the OPD at {@code opdIndex} in the tenant at {@code tenantIndex}: it rotates, so each OPD stands at every stage somewhere. */
  static String stageOf(int tenantIndex, int opdIndex) {
    return MIX.get((tenantIndex + opdIndex) % MIX.size());
  }

  /**
   * Opens every Pemda's transitions on the engine of {@code opening} and walks each to its stage.
   * A thread takes a whole Pemda at a time: the application records two budget revocations of one
   * Pemda at once by reading and then inserting or raising the central office's one line, so
   * concurrent ones fail on its unique key (or one raise is lost), which a benchmark must not
   * stumble over.
   */
  Result open(String engineName, int tenants, Opening opening) throws Exception {
    long started = System.nanoTime();
    double[] cpu = this.cpu.now();
    AtomicLong steps = new AtomicLong();
    AtomicInteger opened = new AtomicInteger();
    // by Pemda, as before the quiet period
    Queue<List<Waiting>> pastQuietPeriod = new ConcurrentLinkedQueue<>();
    int quietPeriod = TransitionWalk.STAGES.indexOf(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);

    TimeTravel.to(OPENED_AT);
    AtomicInteger nextTenant = new AtomicInteger();
    inParallel(() -> {
      for (int t = nextTenant.getAndIncrement(); t < tenants; t = nextTenant.getAndIncrement()) {
        List<Waiting> later = new ArrayList<>();
        for (Opened transition : opening.open(t)) {
          String stage = stageOf(t, transition.opdIndex());
          boolean beyond = TransitionWalk.STAGES.indexOf(stage) > quietPeriod;
          steps.addAndGet(walk.walk(transition.processInstanceId(), transition.opdCode(),
              beyond ? TransitionContract.EVENT_QUIET_PERIOD_ELAPSED : stage));
          if (beyond) {
            later.add(new Waiting(transition.processInstanceId(), transition.opdCode(), stage));
          }
          opened.incrementAndGet();
        }
        pastQuietPeriod.add(later);
        progress(engineName, t + 1, tenants, started);
      }
    });

    TimeTravel.to(QUIET_PERIOD_OVER);
    inParallel(() -> {
      for (List<Waiting> pemda = pastQuietPeriod.poll(); pemda != null; pemda = pastQuietPeriod.poll()) {
        for (Waiting transition : pemda) {
          steps.addAndGet(walk.walk(transition.processInstanceId(), transition.opdCode(), transition.stage()));
        }
      }
    });
    double[] cpuAfter = this.cpu.now();
    return new Result(opened.get(), steps.get(), Duration.ofNanos(System.nanoTime() - started),
        cpuAfter[0] - cpu[0], cpuAfter[1] - cpu[1]);
  }

  private void inParallel(Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        running.add(pool.submit(() -> {
          work.run();
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void progress(String engineName, int done, int tenants, long started) {
    if (done % Math.max(1, tenants / 10) == 0 || done == tenants) {
      System.out.printf("national scale, %s: %d of %d Pemda opened, %d s%n",
          engineName, done, tenants, Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }
  }

  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }
}
