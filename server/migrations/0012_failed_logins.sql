-- Up Migration
-- Refused logins, apart from the audit log (anonymous traffic can fill this one). Bounded by the server: it keeps about
-- twice the rows the page shows and deletes older ones as it writes.
CREATE TABLE failed_logins (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id text NOT NULL DEFAULT 'root',
  at timestamptz NOT NULL,
  username text NOT NULL,
  address text NOT NULL,
  reason text NOT NULL
);

-- Down Migration
DROP TABLE failed_logins;
