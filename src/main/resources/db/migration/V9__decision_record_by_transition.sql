-- A transition's decisions are read by its id (the last decision of a step, the history of a
-- transition); without this index each read scans every Pemda's decisions.
create index decision_record_transition on decision_record (transition_id, step, id);
