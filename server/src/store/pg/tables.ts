import { database, type Database } from '@bangtin/shared';
import type pg from 'pg';
import type { z } from 'zod';

/** What both a pool and one checked-out client (inside a transaction) can run. */
export interface Queryable {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** db.json's arrays of records with an id, and the table each lives in (server/migrations/0001_store.sql). */
export const KEYED_TABLES = {
  content: 'content',
  screens: 'screens',
  users: 'users',
  schedules: 'schedules',
  playlists: 'playlists',
  emergencies: 'emergencies',
  media: 'media',
  devices: 'devices',
  emergencyAcks: 'emergency_acks',
  feedback: 'feedback',
  commPlans: 'comm_plans',
  surveyResponses: 'survey_responses',
  quizQuestions: 'quiz_questions',
  quizTallies: 'quiz_tallies',
} as const;
export type KeyedKey = keyof typeof KEYED_TABLES;

/** db.json's single documents, kept in `unit_settings` under these keys. */
export const SETTING_KEYS = ['school', 'notify', 'dayparts', 'feedbackCalendar', 'reformAreas'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/**
 * Validates what was read with the same schema db.json is loaded with (defaults for fields added later included), so a
 * row written by an older version reads exactly as that version's db.json would after a restart.
 */
export function parseDocs<K extends KeyedKey | SettingKey>(key: K, docs: unknown): Database[K] {
  return schemas[key].parse(docs);
}
const schemas: { [K in KeyedKey | SettingKey]: z.ZodType<Database[K]> } = database.shape;

/** jsonb parameters go as text: pg would turn a JS array into a PostgreSQL array literal instead. */
export const json = (value: unknown): string => JSON.stringify(value);
