-- Issue 20, part 5: every Pemda its own settings. One row per Pemda; a column left null takes
-- the deployment's value (application.yml bandwidth.*), so a deployment-wide change still
-- reaches every Pemda that did not choose otherwise. A row always names its zone: onboarding
-- requires it, so a Pemda in WIB or WIT does not run on WITA unnoticed.
create table pemda_settings (
  tenant_id varchar(40) primary key references tenant (id),
  zone varchar(4) not null check (zone in ('WIB', 'WITA', 'WIT')),
  central_office_code varchar(40),
  -- month and day as MM-DD
  apbd_adopted_by char(5),
  latest_extension char(5),
  escalate_to_kadis_after integer check (escalate_to_kadis_after > 0),
  escalate_to_sekda_after integer check (escalate_to_sekda_after > 0),
  name_diskominfo varchar(100),
  name_kadis_diskominfo varchar(100),
  name_sekda varchar(100),
  name_bpkad varchar(100)
);

-- Samarinda, the first customer, is a kota in Kalimantan Timur: WITA.
insert into pemda_settings (tenant_id, zone) values ('samarinda', 'WITA');
-- A Pemda onboarded before this version has no row: it reads the deployment's settings
-- (bandwidth.zone, WITA unless set), as it ran before.
