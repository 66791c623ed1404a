import type { UnitAudience } from '@bangtin/shared';
import { UnitAudienceField } from './UnitAudienceField.tsx';
import { useWardChildren } from './useWardChildren.ts';

interface WardAudienceProps {
  value: UnitAudience;
  error?: string | undefined;
  onChange: (value: UnitAudience) => void;
}

/** The audience field where it means something: at the root, once it has child units (a single school never sees it). */
export function WardAudience(props: WardAudienceProps) {
  const units = useWardChildren();
  return units.length > 0 ? <UnitAudienceField {...props} units={units} /> : null;
}
