-- Up Migration
-- Proof of display (issue #15): one row per slide a screen says it showed, shared by every process.
-- Append-only and range-partitioned by MONTH of receipt (the same day the file log names its files by):
--  * every reader asks for one day of receipt (reports, the proof gate's timelines), so partition pruning keeps each query
--    inside one month's table and its index;
--  * retention (400 days) drops whole months with DROP TABLE (no vacuum debt from deleting ~1 M rows a day at 100 screens)
--    and deletes only the days of the oldest month that crossed the limit;
--  * monthly rather than daily: ~14 tables for 400 days instead of 400 keeps planning cheap.
-- Partitions are made ahead by proof_ensure_partition() (called by the server before it writes a month it has not seen,
-- and by the daily prune for the next months); the row keeps the whole record as jsonb beside the indexed columns, so a
-- field added to proof records later (areas at the time of play, …) needs no migration.
CREATE TABLE proof_records (
  unit_id text NOT NULL DEFAULT 'root',
  received_day date NOT NULL,
  screen_id text NOT NULL,
  started_at timestamptz NOT NULL,
  slide_id text NOT NULL,
  received_at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  record jsonb NOT NULL
) PARTITION BY RANGE (received_day);

-- Per day, per screen (the reports and the gate), and the key a resent batch repeats: a resend is not stored twice.
CREATE UNIQUE INDEX proof_records_day_screen_play ON proof_records (received_day, screen_id, started_at, slide_id);

CREATE FUNCTION proof_ensure_partition(day date) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  first date := date_trunc('month', day)::date;
  name text := format('proof_records_%s', to_char(first, 'YYYY_MM'));
BEGIN
  IF to_regclass(name) IS NULL THEN
    -- Several processes may reach a new month together: one creates it, the others wait, then find it.
    PERFORM pg_advisory_xact_lock(hashtext('proof_records partitions'));
    -- The statement's catalog snapshot may predate the other creator's commit: "already exists" then means done.
    BEGIN
      EXECUTE format('CREATE TABLE %I PARTITION OF proof_records FOR VALUES FROM (%L) TO (%L)', name, first, (first + interval '1 month')::date);
    EXCEPTION WHEN duplicate_table OR unique_violation THEN
      NULL;
    END;
  END IF;
  RETURN name;
END
$$;

SELECT proof_ensure_partition(current_date);
SELECT proof_ensure_partition((current_date + interval '1 month')::date);

-- Down Migration
DROP TABLE proof_records;
DROP FUNCTION proof_ensure_partition(date);
