import type { ClusterLink } from '../cluster/link.ts';

/** What one unit's runtime needs of the cluster: its jobs, nudges, presence and pairing, all named by its unit id. */
export type UnitCluster = Pick<ClusterLink, 'claim' | 'sharePresence' | 'pairing'> & {
  nudge(): void;
  onNudge(listener: () => void): void;
};

/**
 * The process's cluster link as one unit sees it. Job claims are `${unitId}:${job}` so that each unit's day rollover,
 * reminders and purges run once across the cluster (the root keeps the bare job names it has always claimed, so a
 * rolling upgrade of a single school claims the same rows). Nudges carry the unit id; `listen` is the shell's router of
 * incoming nudges (one listener per unit).
 */
export function unitCluster(link: ClusterLink, unitId: string, listen: (unitId: string, listener: () => void) => void): UnitCluster {
  const job = (name: string) => (unitId === 'root' ? name : `${unitId}:${name}`);
  return {
    claim: (name, slot) => link.claim(job(name), slot),
    sharePresence: (local, onChange) => link.sharePresence(local, onChange, unitId),
    pairing: unitId === 'root' ? link.pairing : link.pairingFor(unitId),
    nudge: () => link.nudge(unitId),
    onNudge: (listener) => listen(unitId, listener),
  };
}
