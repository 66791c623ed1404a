import { useSession } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';

/** The school's screens (for the screens page and the editors' screen picker). */
export function useScreens() {
  const { api } = useSession();
  return useLoad('screens', api.screens.list);
}
