-- Up Migration
-- Units (issue #15 item 1): the directory of one deployment — the root (a school or a ward) and its children. Every other
-- table already carries unit_id (0001); this is where a unit's slug, name and place in the tree live.
CREATE TABLE units (
  id text PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL,
  parent_id text REFERENCES units (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Presence and pairing of the cluster, per unit: a unit's Screens page lists its own kiosks only, and a pairing code
-- typed in one unit's console never pairs a kiosk waiting at another unit's address.
ALTER TABLE cluster_presence ADD COLUMN unit_id text NOT NULL DEFAULT 'root';
ALTER TABLE cluster_presence DROP CONSTRAINT cluster_presence_pkey, ADD PRIMARY KEY (process_id, unit_id, screen_id);
ALTER TABLE cluster_pairing_offers ADD COLUMN unit_id text NOT NULL DEFAULT 'root';
ALTER TABLE cluster_pairing_handovers ADD COLUMN unit_id text NOT NULL DEFAULT 'root';

-- Usernames are unique within a unit (0001 made them unique across all units, for one login page): each unit now has
-- its own login page at its own base and its own sessions, and every unit's first admin may well be called "admin".
DROP INDEX users_username;
CREATE UNIQUE INDEX users_unit_username ON users (unit_id, (doc ->> 'username'));

-- Down Migration
DROP INDEX users_unit_username;
CREATE UNIQUE INDEX users_username ON users ((doc ->> 'username'));
ALTER TABLE cluster_pairing_handovers DROP COLUMN unit_id;
ALTER TABLE cluster_pairing_offers DROP COLUMN unit_id;
ALTER TABLE cluster_presence DROP CONSTRAINT cluster_presence_pkey, ADD PRIMARY KEY (process_id, screen_id);
ALTER TABLE cluster_presence DROP COLUMN unit_id;
DROP TABLE units;
