-- A repair Diskominfo records for Icon+ (Icon+ reported it by phone or letter, not by callback):
-- who recorded it, when, and what Icon+ said.
create table repair_report (
  ticket_id bigint primary key references trouble_ticket (id),
  report varchar(2000) not null,
  reported_by varchar(100) not null,
  reported_at timestamp with time zone not null
);
