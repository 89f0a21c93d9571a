-- A Pemda's APBD Perubahan document of the year is looked up among its own OPDs' movements
-- (BudgetMovementRepository.firstOfPemda), not among the whole country's.
create index budget_movement_from_opd on budget_movement (from_opd_code, fiscal_year);
