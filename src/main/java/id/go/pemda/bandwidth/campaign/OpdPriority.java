package id.go.pemda.bandwidth.campaign;

import id.go.pemda.bandwidth.opd.Opd;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Orders OPDs for a campaign. The priority class comes from the decision table
 * ({@link PriorityTable}: frontline public-service OPDs first, then the larger kinds of
 * unit); inside a class the order is by code so that it is stable.
 */
@Service
public class OpdPriority {

  private final PriorityTable table;

  public OpdPriority(PriorityTable table) {
    this.table = table;
  }

  public List<Ranked> rank(List<Opd> opds) {
    return opds.stream()
        .map(opd -> new Ranked(opd.code(), table.priorityClassOf(opd)))
        .sorted(Comparator.comparingInt(Ranked::priority).thenComparing(Ranked::opdCode))
        .toList();
  }

  /** Camunda task priority for a priority class: class 1 gets 80, class 4 gets 20. */
  public static int taskPriority(int priorityClass) {
    return Math.max(0, 100 - 20 * priorityClass);
  }

  public record Ranked(String opdCode, int priority) {}
}
