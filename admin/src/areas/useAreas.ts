import type { ReformArea } from '@bangtin/shared';
import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';

/** The school's reform areas (Cài đặt → Lĩnh vực CCHC), loaded once per page. */
export function useAreas(): { areas: ReformArea[] | null; retry: () => void } {
  const api = useApi();
  const loaded = useLoad('reform-areas', () => api.areas.list());
  return { areas: loaded.data ?? null, retry: loaded.retry };
}
