import { z } from 'zod';
import { unit, type Unit } from '@bangtin/shared';

/**
 * The units of one deployment (issue #15 item 1): the root and its children, two levels. Files keep them in
 * DATA_DIR/units.json (directoryFile.ts), PostgreSQL in the `units` table (directoryPg.ts); tests in memory.
 * The root may be missing from it (a single school that never made a unit): the host then names it from its school record.
 */
export interface UnitDirectory {
  list(): Promise<Unit[]>;
  get(id: string): Promise<Unit | undefined>;
  bySlug(slug: string): Promise<Unit | undefined>;
  /** False when the id or the slug is taken (nothing written). */
  insert(unit: Unit): Promise<boolean>;
  /** Replaces by id (the slug never changes); false when there is no such unit. */
  update(unit: Unit): Promise<boolean>;
}

/** The root's id in the directory and in every PostgreSQL table's unit_id (store/pg/unit.ts). */
export const ROOT_UNIT_ID = 'root';

/** units.json: the list, validated on every load. */
export const unitsFile = z.object({ units: z.array(unit) });

/** A directory over a list held in memory, written through `save` after each change (the file directory, tests). */
export function listDirectory(initial: readonly Unit[], save: (units: Unit[]) => Promise<void> = async () => undefined): UnitDirectory {
  let units = [...initial];
  return {
    list: async () => [...units],
    get: async (id) => units.find((u) => u.id === id),
    bySlug: async (slug) => units.find((u) => u.slug === slug),
    async insert(next) {
      if (units.some((u) => u.id === next.id || u.slug === next.slug)) return false;
      units = [...units, next];
      await save(units);
      return true;
    },
    async update(next) {
      if (!units.some((u) => u.id === next.id)) return false;
      units = units.map((u) => (u.id === next.id ? next : u));
      await save(units);
      return true;
    },
  };
}
