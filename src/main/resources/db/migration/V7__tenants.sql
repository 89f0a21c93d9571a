-- Issue 12: several Pemda on one deployment. Every regional government is a tenant; its rows
-- carry its id. Rows of before are Samarinda's, the first customer.
-- OPD codes stay unique per deployment: a Pemda other than Samarinda has its codes prefixed
-- with its id ("PPU.DINKES"), as its Camunda groups are ("ppu.opd-dinkes"), so every foreign
-- key on opd (code) keeps working.

create table tenant (
  id varchar(40) primary key,
  name varchar(200) not null,
  kind varchar(20) not null,
  province varchar(100) not null,
  created_at timestamp with time zone not null
);
insert into tenant (id, name, kind, province, created_at)
  values ('samarinda', 'Pemerintah Kota Samarinda', 'KOTA', 'Kalimantan Timur', current_timestamp);

-- The OPD and the campaign name their Pemda; every other row of a Pemda (site, transition,
-- complaint, budget line and movement, order, ticket) names its OPD, hence its Pemda, so a
-- query filters by joining opd on its opd_code rather than by a copied column that could drift.
alter table opd add column tenant_id varchar(40) not null default 'samarinda' references tenant (id);
alter table campaign add column tenant_id varchar(40) not null default 'samarinda' references tenant (id);
create index opd_tenant on opd (tenant_id, active);
create index campaign_tenant on campaign (tenant_id, fiscal_year);
