package id.go.pemda.bandwidth.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds spent so far by this JVM and by the benchmark's PostgreSQL server (its postmaster,
 * found by its port, and the postmaster's children: one backend per connection). On a machine
 * shared with other work, wall time grows with the others' load; CPU time tells what the work
 * itself cost, and how long it takes at the least on the machine's cores.
 */
final class CpuTime {

  /** Linux's clock ticks per second in /proc/&lt;pid&gt;/stat. */
  private static final double TICKS = 100.0;

  private final String databasePort;

  CpuTime(String jdbcUrl) {
    this.databasePort = jdbcUrl.replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1");
  }

  /** {JVM seconds, database seconds}; the database's are NaN when its server is not a process found here. */
  double[] now() {
    double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    long postmaster = ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().orElse("").contains(" -p " + databasePort + " "))
        .mapToLong(ProcessHandle::pid)
        .findFirst()
        .orElse(-1);
    // a backend's CPU leaves the live children's sum when its connection closes; the postmaster
    // has reaped it by then, so it is in the postmaster's cutime + cstime
    if (postmaster < 0) {
      return new double[] {jvm, Double.NaN};
    }
    double database = ProcessHandle.allProcesses()
        .filter(process -> process.parent().map(ProcessHandle::pid).orElse(-1L) == postmaster)
        .mapToDouble(process -> seconds(process.pid(), false))
        .sum() + seconds(postmaster, true);
    return new double[] {jvm, database};
  }

  /** utime + stime of a process, with its reaped children's cutime + cstime if asked; 0 once it is gone. */
  private static double seconds(long pid, boolean withReapedChildren) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      if (withReapedChildren) {
        ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
      }
      return ticks / TICKS;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
