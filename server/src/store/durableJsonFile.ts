import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * Writes a JSON document so that a crash or a power cut leaves either the old file or the new one, never a
 * half-written mix: write a temp file, fsync it, rename it over the target, fsync the folder.
 * (lowdb's own writer renames without fsync: safe against kill -9, not against a power cut.)
 * Bursts are coalesced: while one write is in flight, later ones collapse into the newest state.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private inFlight: Promise<void> | null = null;
  private pending: { text: string; waiters: { resolve: () => void; reject: (e: unknown) => void }[] } | null =
    null;

  /** `parse` turns the file's text into data, or throws a StoreLoadError that names the problem. */
  constructor(
    readonly filePath: string,
    private readonly parse: (text: string) => T,
  ) {}

  async read(): Promise<T | null> {
    const text = await this.readText();
    return text === null ? null : this.parse(text);
  }

  /** The raw text, or null when the file does not exist yet. */
  async readText(): Promise<string | null> {
    try {
      return await fs.readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(data: T): Promise<void> {
    const text = `${JSON.stringify(data, null, 2)}\n`;
    return new Promise((resolve, reject) => {
      if (this.pending) {
        this.pending.text = text;
        this.pending.waiters.push({ resolve, reject });
      } else {
        this.pending = { text, waiters: [{ resolve, reject }] };
      }
      if (!this.inFlight) this.inFlight = this.drain();
    });
  }

  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const batch = this.pending;
      this.pending = null;
      try {
        await this.writeAtomically(batch.text);
        for (const w of batch.waiters) w.resolve();
      } catch (error) {
        for (const w of batch.waiters) w.reject(error);
      }
    }
    this.inFlight = null;
  }

  private async writeAtomically(text: string): Promise<void> {
    const dir = path.dirname(this.filePath);
    const tmp = tempFileFor(this.filePath, process.pid);
    const handle = await fs.open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, this.filePath);
    const dirHandle = await fs.open(dir, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  }
}

/** The temp file a process writes before renaming it over `filePath`. */
const tempFileFor = (filePath: string, pid: number) => path.join(path.dirname(filePath), `.${path.basename(filePath)}.${pid}.tmp`);

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, just not ours
  }
};

/**
 * Removes the temp files a killed process left beside `filePath` (kill -9 or a power cut between the write and the
 * rename). They were never the real file: the rename is what publishes a write. A file of a process that is still
 * running is left alone. Returns the names removed.
 */
export async function removeStaleTempFiles(filePath: string): Promise<string[]> {
  const pattern = new RegExp(`^\\.${path.basename(filePath).replace(/\./g, '\\.')}\\.(\\d+)\\.tmp$`);
  const removed: string[] = [];
  for (const name of await fs.readdir(path.dirname(filePath))) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    await fs.rm(path.join(path.dirname(filePath), name), { force: true });
    removed.push(name);
  }
  return removed;
}
