-- Issue 11: the transition report and the Sekda's dashboard.
-- Since when an OPD stands at its stage; rows written before this column get the latest moment
-- the table already knew of.
alter table opd_transition add column status_since timestamp with time zone;
update opd_transition
  set status_since = coalesce(ended_at, budget_revoked_at, evaluation_started_at, network_ready_at, started_at);
alter table opd_transition alter column status_since set not null;

-- The report aggregates per transition of a fiscal year.
create index opd_transition_year on opd_transition (fiscal_year, campaign_id);
create index site_connection_transition on site_connection (transition_id, status);
create index site_plan_site_survey on site_plan (site_survey_id);
create index budget_movement_transition on budget_movement (transition_id);
create index trouble_ticket_status on trouble_ticket (status);
