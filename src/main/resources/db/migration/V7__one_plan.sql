-- Issue #12: one plan a service can run.
--
-- Job-planned reading sessions a week per person (a consultant radiographer may read 4 sessions
-- and staff clinics in 4 more): the roster rosters up to this many, the clinic schedule up to the
-- contract less this many. Readers get the old roster-wide default (4, capped by the contract).
alter table staff_member add column reading_sessions_per_week integer;
update staff_member set reading_sessions_per_week = least(4, contracted_sessions_per_week)
    where id in (select staff_id from staff_skill where skill = 'READER');

-- A screening session is required when its site has women to invite then; the rest of a unit's
-- calendar days are spare capacity, shown but not staffed by the solver.
alter table clinic_session add column required boolean not null default true;

-- Whether the position was part of a published plan (an empty published position is published
-- too, so filling it later is a change).
alter table clinic_assignment add column published boolean not null default false;
update clinic_assignment set published = true
    where plan_id in (select id from clinic_plan where published_at is not null);

-- The days of the week a calendar entry's unit screens (e.g. a static room that screens Monday to
-- Wednesday and is used for assessment or symptomatic clinics on the other days); empty means
-- Monday to Friday. Saturday may be listed for catch-up sessions.
alter table unit_calendar_entry add column weekdays varchar(80);

-- How many months before a practice's due date its women may be invited (a round plan that invites
-- much earlier shortens the round and raises the load later): the window in which a unit's visit
-- counts as the one that screens the practice.
alter table screening_service add column early_invitation_months integer not null default 3;
