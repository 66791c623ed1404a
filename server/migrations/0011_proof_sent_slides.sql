-- Up Migration
-- The slides each screen was sent (the proof gate's memory): every process notes what it pushed, every process believes
-- a kiosk's backlog for them. One row per screen × slide, the newest sending time kept (milliseconds since the epoch).
CREATE TABLE proof_sent_slides (
  unit_id text NOT NULL DEFAULT 'root',
  screen_id text NOT NULL,
  slide_id text NOT NULL,
  sent_at bigint NOT NULL,
  PRIMARY KEY (screen_id, slide_id)
);
CREATE INDEX proof_sent_slides_sent_at ON proof_sent_slides (sent_at);

-- Down Migration
DROP TABLE proof_sent_slides;
