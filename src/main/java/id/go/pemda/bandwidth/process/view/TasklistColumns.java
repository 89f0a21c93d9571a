package id.go.pemda.bandwidth.process.view;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values Tasklist's list shows beside every task's name and due date: which OPD, which site,
 * which complaint. Tasklist reads them as the task's own variables (a filter's columns), so a
 * task keeps these, and only these, of what its form shows.
 */
public final class TasklistColumns {

  /** A filter's columns, as Tasklist reads them from the filter's properties. */
  public static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", SharedViews.OPD, "label", "OPD"),
      Map.of("name", SharedViews.SITE, "label", "Titik"),
      Map.of("name", ComplaintViews.NUMBER, "label", "Keluhan"));

  public static final Set<String> KEYS = Set.of(SharedViews.OPD, SharedViews.SITE, ComplaintViews.NUMBER);

  private TasklistColumns() {}
}
