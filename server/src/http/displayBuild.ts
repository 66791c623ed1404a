import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Which display build the server serves now: the hashed entry script named in display/dist/index.html.
 * Re-read when the file changes, so a `npm run build` while the server runs reaches kiosks at their next snapshot.
 */
export function displayBuildReader(pagesDir: string): () => string | null {
  const index = path.join(pagesDir, 'display', 'dist', 'index.html');
  let cached: { mtimeMs: number; build: string | null } | null = null;
  return () => {
    try {
      const { mtimeMs } = statSync(index);
      if (cached?.mtimeMs !== mtimeMs) {
        const match = /<script[^>]+src="([^"]*\/assets\/[^"]+\.js)"/.exec(readFileSync(index, 'utf8'));
        cached = { mtimeMs, build: match?.[1] ?? null };
      }
      return cached.build;
    } catch {
      return null;
    }
  };
}
