import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DurableJsonFile, removeStaleTempFiles } from '../store/durableJsonFile.ts';

/** Per screen: slide id → when a snapshot last carried it (ms since the epoch). */
export type SentSlides = Record<string, Record<string, number>>;

/**
 * Where the proof gate keeps the slides each screen was sent, so a restart does not forget them: a kiosk that was
 * offline through the restart still has its backlog believed for slides the new snapshots no longer carry.
 */
export interface SentSlideMemory {
  load(): Promise<SentSlides>;
  save(slides: SentSlides): Promise<void>;
  /**
   * Shared memories only (PostgreSQL): one screen's slides as every process saved them. A kiosk that reconnects to
   * another process reports slides that process never pushed; the gate asks here before refusing them.
   */
  loadScreen?(screenId: string): Promise<Record<string, number>>;
}

const isSentSlides = (value: unknown): value is SentSlides =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every(
    (slides) => typeof slides === 'object' && slides !== null && Object.values(slides as object).every((at) => typeof at === 'number'),
  );

/**
 * A small JSON file beside the proof log (DATA_DIR/proof/sent-slides.json), written atomically (temp file, fsync,
 * rename) and coalesced. A damaged or foreign file is treated as empty: the memory is an aid, never the evidence.
 */
export function fileSentSlides(file: string): SentSlideMemory {
  const json = new DurableJsonFile<unknown>(file, (text) => JSON.parse(text) as unknown);
  return {
    async load() {
      await removeStaleTempFiles(file).catch(() => []);
      const data = await json.read().catch(() => null);
      return isSentSlides(data) ? data : {};
    },
    async save(slides) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await json.write(slides);
    },
  };
}

/** For tests and apps without a data folder: kept only as long as the process. */
export function memorySentSlides(): SentSlideMemory {
  let kept: SentSlides = {};
  return {
    load: async () => structuredClone(kept),
    save: async (slides) => {
      kept = structuredClone(slides);
    },
  };
}
