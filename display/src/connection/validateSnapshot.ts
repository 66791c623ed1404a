import { displaySnapshot, type DisplaySnapshot } from '@bangtin/shared';

/**
 * The one boundary check for snapshots, whatever carried them (socket, HTTP, localStorage).
 * A payload that fails is logged and ignored: the screen keeps playing what it had.
 */
export function validateSnapshot(input: unknown, origin: string): DisplaySnapshot | null {
  const parsed = displaySnapshot.safeParse(input);
  if (parsed.success) return parsed.data;
  console.warn(`[bangtin] ignored an invalid snapshot from ${origin}`, parsed.error.issues.slice(0, 5));
  return null;
}
