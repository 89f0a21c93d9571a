-- BPKAD loads the OPDs' internet lines from the APBD (SIPD's export or its own sheet): each line
-- keeps its sub-activity, the APBD document it comes from and who loaded it last. The central
-- line (Diskominfo's belanja jaringan pusat) sits under Diskominfo's own sub-activity, so
-- Diskominfo's own internet line and the central line may share the account.
alter table budget_line add column sub_activity_code varchar(40) not null default '';
alter table budget_line add column document varchar(10);
alter table budget_line add column loaded_at timestamp with time zone;
alter table budget_line add column loaded_by varchar(100);
alter table budget_line drop constraint budget_line_opd_code_fiscal_year_account_code_key;
alter table budget_line add constraint budget_line_key unique (opd_code, fiscal_year, sub_activity_code, account_code);
