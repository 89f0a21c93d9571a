package id.go.pemda.bandwidth.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins, counted per user and client address and per client address alone. A caller who
 * keeps guessing is slowed down, never the account: after {@value #FREE_PER_USER} failures a
 * user and address pair waits, doubling from {@link #FIRST_WAIT} to at most {@link #LONGEST_WAIT};
 * an address that fails {@value #FREE_PER_ADDRESS} times within {@link #MEMORY} (guessing across
 * users) waits {@link #LONGEST_WAIT}. The owner on another address is never held up, and on the
 * same address for {@link #LONGEST_WAIT} at most after the last failure. Counts are forgotten
 * {@link #MEMORY} after the last failure, and a successful login clears its pair.
 *
 * <p>Counts live in this node's memory: a cluster's nodes each count their own (docs/security.md).
 */
final class LoginAttempts {

  static final int FREE_PER_USER = 5;
  static final int FREE_PER_ADDRESS = 100;
  static final Duration FIRST_WAIT = Duration.ofSeconds(5);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
  static final Duration MEMORY = Duration.ofMinutes(15);
  /** Beyond this many tracked keys the oldest are dropped, so a flood of names cannot fill the heap. */
  static final int MAX_KEYS = 50_000;

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginAttempts(Clock clock) {
    this.clock = clock;
  }

  private record Failures(int count, Instant last, Instant waitUntil) {}

  /** How long the caller must wait before its next attempt, if it must. */
  Optional<Duration> waitFor(String user, String address) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : keys(user, address)) {
      Failures seen = current(key, now);
      if (seen != null && seen.waitUntil().isAfter(now)) {
        Duration left = Duration.between(now, seen.waitUntil());
        longest = left.compareTo(longest) > 0 ? left : longest;
      }
    }
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  void failed(String user, String address) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_KEYS) {
      failures.entrySet().removeIf(entry -> entry.getValue().last().plus(MEMORY).isBefore(now));
      if (failures.size() >= MAX_KEYS) {
        failures.clear();
      }
    }
    record(userKey(user, address), now, FREE_PER_USER, true);
    if (address != null) {
      record(addressKey(address), now, FREE_PER_ADDRESS, false);
    }
  }

  void succeeded(String user, String address) {
    failures.remove(userKey(user, address));
  }

  private void record(String key, Instant now, int free, boolean doubling) {
    failures.compute(key, (ignored, previous) -> {
      boolean stale = previous == null || previous.last().plus(MEMORY).isBefore(now) || previous.last().isAfter(now);
      int count = stale ? 1 : previous.count() + 1;
      Duration wait = Duration.ZERO;
      if (count > free) {
        wait = doubling ? doubled(count - free) : LONGEST_WAIT;
      }
      return new Failures(count, now, now.plus(wait));
    });
  }

  private static Duration doubled(int over) {
    long seconds = FIRST_WAIT.getSeconds() << Math.min(over - 1, 10);
    return seconds >= LONGEST_WAIT.getSeconds() ? LONGEST_WAIT : Duration.ofSeconds(seconds);
  }

  /** A key's failures while they count: not forgotten yet, and not from a clock set back since. */
  private Failures current(String key, Instant now) {
    Failures seen = failures.get(key);
    return seen == null || seen.last().plus(MEMORY).isBefore(now) || seen.last().isAfter(now) ? null : seen;
  }

  private static String[] keys(String user, String address) {
    return address == null ? new String[] {userKey(user, null)} : new String[] {userKey(user, address), addressKey(address)};
  }

  private static String userKey(String user, String address) {
    return "user:" + user.toLowerCase(java.util.Locale.ROOT) + "@" + address;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
