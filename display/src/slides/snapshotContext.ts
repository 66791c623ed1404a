import type { DisplaySnapshot } from '@bangtin/shared';
import { createContext, useContext } from 'react';

/** The snapshot a slide plays in: the school (timezone, name), the screen (profile), and sibling items (trend charts). */
export const SnapshotContext = createContext<DisplaySnapshot | null>(null);

export function useSnapshot(): DisplaySnapshot {
  const snapshot = useContext(SnapshotContext);
  if (!snapshot) throw new Error('Slides render only inside a snapshot');
  return snapshot;
}
