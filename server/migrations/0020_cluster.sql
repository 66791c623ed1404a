-- Up Migration
-- Several server processes on one database (issue #15 item 3).

-- @socket.io/postgres-adapter: packets over NOTIFY's 8,000-byte limit (or binary) travel through this table; the adapter
-- inserts, notifies the row id and deletes rows older than its cleanup interval (30 s).
CREATE TABLE socket_io_attachments (
  id bigserial UNIQUE,
  created_at timestamptz DEFAULT now(),
  payload bytea
);

-- Exactly once across the cluster: a scheduled job (or a schedule boundary's side work) runs on the process whose
-- INSERT of (job, slot) wins; the others' INSERT … ON CONFLICT DO NOTHING returns no row and they skip it.
CREATE TABLE cluster_job_claims (
  job text NOT NULL,
  slot text NOT NULL,
  process_id text NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job, slot)
);
CREATE INDEX cluster_job_claims_claimed_at ON cluster_job_claims (claimed_at);

-- Live processes: each touches its row every few seconds; a row left behind by a killed process goes stale, and its
-- kiosks' presence rows stop counting as connected.
CREATE TABLE cluster_processes (
  process_id text PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  seen_at timestamptz NOT NULL DEFAULT now()
);

-- What each process knows of the screens attached to it (realtime/presence.ts entries), so every Screens page sees all.
CREATE TABLE cluster_presence (
  process_id text NOT NULL,
  screen_id text NOT NULL,
  entry jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (process_id, screen_id)
);

-- Pairing codes and hand-overs (domain/pairing.ts), shared: a kiosk polling one process is paired through another.
CREATE TABLE cluster_pairing_offers (
  code text PRIMARY KEY,
  device_token text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL
);
CREATE TABLE cluster_pairing_handovers (
  device_token text PRIMARY KEY,
  screen_id text NOT NULL,
  code text NOT NULL,
  assignment jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX cluster_pairing_handovers_screen ON cluster_pairing_handovers (screen_id);

-- Down Migration
DROP TABLE cluster_pairing_handovers;
DROP TABLE cluster_pairing_offers;
DROP TABLE cluster_presence;
DROP TABLE cluster_processes;
DROP TABLE cluster_job_claims;
DROP TABLE socket_io_attachments;
