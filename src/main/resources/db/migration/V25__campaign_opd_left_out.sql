-- One OPD, one open transition: an OPD still in another program's transition is left out of a
-- later program, with the reason, instead of starting a second transition (issue 20, part 2).
alter table campaign_opd add column left_out_reason varchar(500);
