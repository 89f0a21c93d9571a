package id.go.pemda.bandwidth.identity;

import id.go.pemda.bandwidth.process.view.TasklistColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The saved Tasklist filter of each role, created once by name. */
@Component
public class TasklistFilters {

  static final String OPD_FILTER = "Tugas OPD saya";
  private static final String OWN_GROUPS = "${currentUserGroups()}";

  private final FilterService filterService;
  private final TaskService taskService;

  public TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** The columns every list shows beside the task's name and due date. */
  static final List<Map<String, String>> COLUMNS = TasklistColumns.COLUMNS;

  /**
   * Creates missing filters; answers which of the Pemda's groups may read which filter. The
   * filters are shared by every Pemda: each lists the tasks of the reader's own groups, and the
   * tenant check keeps them to the reader's Pemda.
   */
  List<Grantee> ensure(String tenantId, List<String> opdGroups) {
    List<Grantee> grantees = new ArrayList<>();
    grantees.add(roleFilter("Tugas Diskominfo", Groups.of(tenantId, Groups.DISKOMINFO), -10, "Survei, koordinasi, instalasi dan keluhan"));
    grantees.add(roleFilter("Persetujuan Kepala Diskominfo", Groups.of(tenantId, Groups.KADIS_DISKOMINFO), -9, "Rencana koneksi dan akhir masa pemantauan yang menunggu keputusan"));
    grantees.add(roleFilter("Keputusan Sekda", Groups.of(tenantId, Groups.SEKDA), -8, "Pencabutan anggaran internet OPD"));
    grantees.add(roleFilter("Tugas BPKAD", Groups.of(tenantId, Groups.BPKAD), -7, "Pencatatan perubahan anggaran"));
    String opdFilterId =
        ensure(
            OPD_FILTER,
            taskService
                .createTaskQuery()
                .taskCandidateGroupInExpression(OWN_GROUPS)
                .includeAssignedTasks()
                .orderByTaskPriority()
                .desc()
                .orderByDueDate()
                .asc(),
            -11,
            "Tugas untuk OPD Anda: survei, uji terima, keluhan, kontrak ISP");
    opdGroups.forEach(group -> grantees.add(new Grantee(group, opdFilterId)));
    return grantees;
  }

  private Grantee roleFilter(String name, String group, int priority, String description) {
    // frontline OPDs (higher task priority) come first in every list, then what is due soonest
    TaskQuery query =
        taskService.createTaskQuery().taskCandidateGroupInExpression(OWN_GROUPS).includeAssignedTasks()
            .orderByTaskPriority().desc().orderByDueDate().asc();
    return new Grantee(group, ensure(name, query, priority, description));
  }

  /** Creates the filter, or brings an existing one up to date (query, columns, order). */
  private String ensure(String name, TaskQuery query, int priority, String description) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    Filter filter = existing != null ? existing : filterService.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(Map.of(
        "priority", priority, "description", description, "refresh", true, "variables", COLUMNS));
    return filterService.saveFilter(filter).getId();
  }

  record Grantee(String groupId, String filterId) {}
}
