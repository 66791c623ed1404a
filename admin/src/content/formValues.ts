import type { ContentItem, UnitAudience } from '@bangtin/shared';
import { EMPTY_TIMING, timingFromItem, timingToInput, type TimingValues } from './timingValues.ts';

/** The fields every content type shares, as a form holds them (strings for inputs; '' = not set). */
export interface MetaValues {
  validFrom: string;
  validUntil: string;
  durationSeconds: string;
  sample: boolean;
  source: string;
  screens: 'all' | string[];
  /** Reform area codes (office-only). */
  areas: string[];
  /** When and how often it plays where it is assigned ("Khi nào phát"). */
  timing: TimingValues;
  /** A ward's item: which child units it also reaches (the field shows only at a root with units). */
  audience: UnitAudience;
}

export const EMPTY_META: MetaValues = {
  validFrom: '',
  validUntil: '',
  durationSeconds: '',
  sample: false,
  source: '',
  screens: 'all',
  areas: [],
  timing: EMPTY_TIMING,
  audience: 'none',
};

export function metaFromItem(item: ContentItem): MetaValues {
  return {
    validFrom: item.validFrom ?? '',
    validUntil: item.validUntil ?? '',
    durationSeconds: item.durationSeconds === null ? '' : String(item.durationSeconds),
    sample: item.sample,
    source: item.source,
    screens: item.screens === 'all' ? 'all' : [...item.screens],
    areas: [...item.areas],
    timing: timingFromItem(item.timing),
    audience: Array.isArray(item.audience) ? [...item.audience] : item.audience,
  };
}

/** Back to the contract's shape; the shared schema then decides what is valid (NaN → "enter a number"). */
export function metaToInput(values: MetaValues) {
  const duration = values.durationSeconds.trim();
  const timing = timingToInput(values.timing);
  return {
    validFrom: values.validFrom || null,
    validUntil: values.validUntil || null,
    durationSeconds: duration === '' ? null : Number(duration),
    sample: values.sample,
    source: values.source,
    screens: values.screens,
    areas: values.areas,
    audience: values.audience,
    ...(timing ? { timing } : {}),
  };
}

/** A stand-in public item for reading-time previews (shared `slideText` needs the full shape). */
export function previewMeta(values: MetaValues) {
  return { id: 'preview', version: 1, ...metaToInput(values), durationSeconds: null };
}
