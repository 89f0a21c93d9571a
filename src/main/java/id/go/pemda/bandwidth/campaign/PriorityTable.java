package id.go.pemda.bandwidth.campaign;

import id.go.pemda.bandwidth.opd.Opd;

/** The priority class of an OPD in a campaign (1 = first), from the priority decision table. */
public interface PriorityTable {

  int priorityClassOf(Opd opd);
}
