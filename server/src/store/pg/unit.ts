/**
 * The unit a single school's data belongs to. Units (issue #15 item 1) make a tree; until then every deployment is one
 * unit, and this is its id in every table's `unit_id`.
 */
export const DEFAULT_UNIT_ID = 'root';
