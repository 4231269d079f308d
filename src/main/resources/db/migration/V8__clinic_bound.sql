-- Issue #15: the fewest slots any clinic plan could lose with the same pins and inputs, as the
-- optimal fill (CP-SAT) found it at the last solve, so the page can show the plan beside the best
-- any plan can do.
alter table clinic_plan add column least_slots_lost integer;
alter table clinic_plan add column bound_proven boolean not null default false;
alter table clinic_plan add column bound_at timestamp;
