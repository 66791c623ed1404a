import type { UnitSummary } from '@bangtin/shared';
import { useApi } from '../../session.tsx';
import { useLoad } from '../../ui/hooks/useLoad.ts';

/**
 * The child units a root console may send content to; empty in a child unit, at a root without units, or while the
 * units are unknown (the audience field then stays hidden and items keep reaching this unit's screens only).
 */
export function useWardChildren(): UnitSummary[] {
  const api = useApi();
  const { data } = useLoad('ward-children', async () => {
    const here = await api.ward.current();
    return here.isRoot ? api.ward.children() : [];
  });
  return data ?? [];
}
