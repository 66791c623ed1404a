import { createContext, useContext, type ReactNode } from 'react';
import type { School } from '@bangtin/shared';
import { useSession } from './session.tsx';
import { useLoad } from './ui/hooks/useLoad.ts';

/** Vietnam has one timezone; used until the school record has loaded (and if it fails to). */
const FALLBACK_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const SchoolContext = createContext<School | null>(null);

/** Loads the school record once for the signed-in console (name in the top bar, timezone for dates). */
export function SchoolProvider({ children }: { children: ReactNode }) {
  const { api } = useSession();
  const { data } = useLoad('school', api.school.get);
  return <SchoolContext value={data ?? null}>{children}</SchoolContext>;
}

export const useSchool = (): School | null => useContext(SchoolContext);
export const useTimeZone = (): string => useContext(SchoolContext)?.timezone ?? FALLBACK_TIME_ZONE;
