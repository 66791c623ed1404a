/**
 * Units (issue #15 item 1) come later: until then every row this process writes to the shared tables belongs to one
 * unit. The PostgreSQL tables carry `unit_id text not null default 'root'` so the unit tree can start from here.
 */
export const DEFAULT_UNIT_ID = 'root';
