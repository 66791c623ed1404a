-- Up Migration
-- A two-step sign-in and a TOTP enrolment span two requests, which a non-sticky proxy may send to two processes: what
-- the first request leaves for the second lives here, not in one process's memory (server/src/domain/twoFactorStatePg.ts).
-- Rows expire (a ticket after 5 minutes, an enrolment after 15); each insert deletes the expired ones.

-- The first step of a login (password accepted): only the SHA-256 of the cookie's ticket is stored.
CREATE TABLE auth_login_tickets (
  ticket_hash text PRIMARY KEY,
  unit_id text NOT NULL,
  user_id text NOT NULL,
  username text NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0
);
CREATE INDEX auth_login_tickets_expires_at ON auth_login_tickets (expires_at);

-- The key shown at set-up, until the user confirms it with a code (then it moves into the user's record).
CREATE TABLE auth_totp_enrolments (
  unit_id text NOT NULL,
  user_id text NOT NULL,
  secret text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (unit_id, user_id)
);
CREATE INDEX auth_totp_enrolments_expires_at ON auth_totp_enrolments (expires_at);

-- Down Migration
DROP TABLE auth_totp_enrolments;
DROP TABLE auth_login_tickets;
