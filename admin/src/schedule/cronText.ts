import { useEffect, useState } from 'react';
import type { Language } from '../i18n.ts';

type Describe = (expression: string, language: Language) => string | null;

let loaded: Promise<Describe> | null = null;

/**
 * cronstrue is loaded on first use (its own chunk), with only the Vietnamese locale beside its built-in English:
 * the all-locales build would add ~300 kB to a page most of the office never opens.
 */
function loadDescriber(): Promise<Describe> {
  loaded ??= import('./cronstrueVi.ts').then(({ describeCron }) => describeCron);
  return loaded;
}

/** The Vietnamese (or English) description of a cron expression; null while loading or when it does not parse. */
export function useCronDescription(expression: string, language: Language): string | null {
  const [state, setState] = useState<{ key: string; text: string | null } | null>(null);
  const key = `${language}|${expression}`;
  useEffect(() => {
    let cancelled = false;
    void loadDescriber().then((describe) => {
      if (!cancelled) setState({ key, text: describe(expression, language) });
    });
    return () => {
      cancelled = true;
    };
  }, [key, expression, language]);
  return state?.key === key ? state.text : null;
}
