import { useSession } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';

/** The school's screens (for the screens page and the editors' screen picker). */
export function useScreens() {
  const { api } = useSession();
  return useLoad('screens', api.screens.list);
}

/** Which screens have a paired device; the others carry the "chưa ghép nối" mark. */
export function useScreenDevices() {
  const { api } = useSession();
  return useLoad('screen-devices', api.screens.devices);
}
