package id.go.pemda.bandwidth.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application in a JVM of its own, started as README's deployment starts it: the
 * built jar, profile {@code postgres}, the database, administrator and Icon+ from the
 * environment, and the JVM options README recommends ({@code benchmark.app.jvm}, the one place
 * they are kept). Its resident memory is the application's alone: no harness, no bare engine.
 * Two settings differ from production, both for the measurement: the job executor is off (the
 * benchmark's calendar is not the machine's, so which of the country's timers are due would
 * depend on the day of the run), and the health endpoint reports readiness, which turns up
 * only once every start-up runner has finished.
 */
final class ApplicationJar implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofMinutes(20);

  private final Process process;
  private final int port;
  private final Path log;
  private final Duration portOpenAfter;
  private final Duration readyAfter;

  private ApplicationJar(Process process, int port, Path log, Duration portOpenAfter, Duration readyAfter) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.portOpenAfter = portOpenAfter;
    this.readyAfter = readyAfter;
  }

  /** Starts the jar on {@code port} against the benchmark's database and waits until it is ready. */
  static ApplicationJar start(Path jar, String jvmOptions, int port, BenchmarkDatabase database, Path log)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No application jar at " + jar + ": run the benchmark through ./mvnw -Pbenchmark verify");
    }
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.stream(jvmOptions.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList());
    command.addAll(List.of("-jar", jar.toString(),
        "--camunda.bpm.job-execution.enabled=false",
        "--management.endpoint.health.probes.enabled=true"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("SPRING_PROFILES_ACTIVE", "postgres");
    env.put("PORT", String.valueOf(port));
    env.put("DB_URL", database.url());
    env.put("DB_USER", database.user());
    env.put("DB_PASSWORD", database.password());
    env.put("ADMIN_USER", "benchmark-admin");
    env.put("ADMIN_PASSWORD", "Uji-Beban-Nasional-2026!");
    // never called: the job executor, which sends the orders, is off
    env.put("ICONPLUS_BASE_URL", "http://127.0.0.1:9");
    env.put("ICONPLUS_API_KEY", "benchmark");
    env.put("ICONPLUS_CALLBACK_SECRET", "benchmark");

    long started = System.nanoTime();
    Process process = builder.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Duration portOpen = null;
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application jar exited (" + process.exitValue() + "); its log: " + log);
      }
      int status = status(http, port, "/actuator/health/readiness");
      Duration since = Duration.ofNanos(System.nanoTime() - started);
      if (status > 0 && portOpen == null) {
        portOpen = since;
      }
      if (status == 200) {
        return new ApplicationJar(process, port, log, portOpen, since);
      }
      if (since.compareTo(READY_WITHIN) > 0) {
        process.destroyForcibly();
        throw new IllegalStateException("The application jar was not ready within " + READY_WITHIN + "; its log: " + log);
      }
      Thread.sleep(250);
    }
  }

  /** The HTTP status of a GET, 0 when nothing answers. */
  private static int status(HttpClient http, int port, String path) throws InterruptedException {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    }
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  Duration portOpenAfter() {
    return portOpenAfter;
  }

  Duration readyAfter() {
    return readyAfter;
  }

  Path log() {
    return log;
  }

  /** A field of the jar's {@code /proc/<pid>/status} in MB: {@code VmHWM} (peak resident memory), {@code VmRSS}. */
  long memoryMb(String field) throws IOException {
    return memoryMb(String.valueOf(process.pid()), field);
  }

  /** A field of {@code /proc/<process>/status} in MB; {@code self} is this JVM. */
  static long memoryMb(String process, String field) throws IOException {
    return Files.readAllLines(Path.of("/proc", process, "status")).stream()
        .filter(line -> line.startsWith(field + ":"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + field + " in /proc/" + process + "/status")) / 1024;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
