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
    const tmp = path.join(dir, `.${path.basename(this.filePath)}.${process.pid}.tmp`);
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
