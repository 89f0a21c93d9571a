-- a pergeseran anggaran rests on a decision of the TAPD (tim anggaran pemerintah daerah): its
-- number is recorded with the movement; the other instruments have none
alter table budget_movement add column tapd_decision_number varchar(200);
