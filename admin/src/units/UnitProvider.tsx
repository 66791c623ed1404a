import { createContext, useContext, type ReactNode } from 'react';
import type { UnitContext } from '@bangtin/shared';
import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';

const UnitContextValue = createContext<UnitContext | null>(null);

/**
 * Loads this console's unit once (GET /api/units/current): its name for the top bar, whether the "Đơn vị trực thuộc"
 * page exists here, and whether the signed-in admin works here for the ward. Until it answers (or if it cannot),
 * the console is a plain single unit, as it always was.
 */
export function UnitProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { data } = useLoad('unit', api.units.current);
  return <UnitContextValue value={data ?? null}>{children}</UnitContextValue>;
}

export const useUnitContext = (): UnitContext | null => useContext(UnitContextValue);
