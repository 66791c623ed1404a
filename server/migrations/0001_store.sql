-- Up Migration

-- The PostgreSQL store (issue #15 item 2): what db.json holds, one table per collection.
--
-- Shape and why:
-- * Every table starts with unit_id. A PgStore is bound to one unit (issue #15 item 1) and every statement filters on it,
--   so one unit can never read or write another's rows. A single school is the unit 'root' (DEFAULT_UNIT_ID in unit.ts).
-- * Each record is kept whole as `doc jsonb`: the zod schemas in @bangtin/shared stay the one definition of every shape
--   (the store validates docs on read and on import), so a new optional field needs no migration. Only what a statement
--   filters, orders or constrains on becomes a column: id, version (compare-and-set), username, slug, expiry, dates.
-- * `seq` (an identity) keeps insertion order, which the JSON store's lists have and callers rely on (oldest session
--   first, the audit newest-first, look-up rows in first-seen order).
-- * Dates of look-ups and failed searches stay ISO text ('2026-11-28'), as in db.json: they sort and compare as dates.

create table content (
  unit_id text not null,
  id text not null,
  seq bigint generated always as identity,
  version integer generated always as ((doc ->> 'version')::integer) stored,
  doc jsonb not null,
  primary key (unit_id, id)
);

create table screens (like content including all);
create index screens_slug on screens (unit_id, (doc ->> 'slug'));

-- Usernames are unique across ALL units: a ward admin and a school's staff sign in on one login page.
create table users (like content including all);
create unique index users_username on users ((doc ->> 'username'));

-- The generic keyed collections (Store's Collection<T>): same shape.
create table schedules (like content including all);
create table playlists (like content including all);
create table emergencies (like content including all);
create table media (like content including all);
create table devices (like content including all);
create table emergency_acks (like content including all);
create table feedback (like content including all);
create table comm_plans (like content including all);
create table survey_responses (like content including all);
create table quiz_questions (like content including all);
create table quiz_tallies (like content including all);

create table sessions (
  unit_id text not null,
  token_hash text primary key,
  user_id text not null,
  seq bigint generated always as identity,
  expires_at timestamptz not null,
  doc jsonb not null
);
create index sessions_user on sessions (unit_id, user_id, seq);
create index sessions_expiry on sessions (unit_id, expires_at);

-- Append-only; the newest 5000 per unit are kept (as in db.json).
create table audit (
  seq bigint generated always as identity primary key,
  unit_id text not null,
  doc jsonb not null
);
create index audit_unit_seq on audit (unit_id, seq desc);
-- Lets `npm run db:import` run twice without doubling the trail.
create unique index audit_unit_entry on audit (unit_id, (doc ->> 'id'));

create table lookups (
  unit_id text not null,
  date text not null,
  content_id text not null,
  seq bigint generated always as identity,
  count integer not null check (count >= 0),
  primary key (unit_id, date, content_id)
);

create table failed_searches (
  unit_id text not null,
  date text not null,
  query text not null,
  seq bigint generated always as identity,
  count integer not null check (count >= 0),
  primary key (unit_id, date, query)
);

-- One document per unit for each singleton: school, notify, dayparts, feedbackCalendar, reformAreas.
create table unit_settings (
  unit_id text not null,
  key text not null,
  doc jsonb not null,
  primary key (unit_id, key)
);

-- Down Migration

drop table unit_settings;
drop table failed_searches;
drop table lookups;
drop table audit;
drop table sessions;
drop table quiz_tallies;
drop table quiz_questions;
drop table survey_responses;
drop table comm_plans;
drop table feedback;
drop table emergency_acks;
drop table devices;
drop table media;
drop table emergencies;
drop table playlists;
drop table schedules;
drop table users;
drop table screens;
drop table content;
