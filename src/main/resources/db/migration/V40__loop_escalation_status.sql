-- An escalation of a counted loop is open until the Kepala Diskominfo or the Sekda follows it up,
-- or until what went round ends without them (the OPD's transition, or the complaint of a repair
-- still down): then its task is withdrawn and the row says it was closed without a review.
alter table loop_escalation add column status varchar(30) not null default 'OPEN'
  check (status in ('OPEN', 'FOLLOWED_UP', 'CLOSED_WITHOUT_REVIEW'));
alter table loop_escalation add column closed_at timestamp with time zone;
update loop_escalation set status = 'FOLLOWED_UP' where followed_up_at is not null;
-- a plain index (no partial one): the demo's H2 runs these scripts too
create index loop_escalation_open on loop_escalation (owner_id, status);
