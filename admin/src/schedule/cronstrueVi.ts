import cronstrue from 'cronstrue';
// Registers the "vi" locale with the cronstrue instance above (the package's UMD locale file).
import 'cronstrue/locales/vi.js';
import type { Language } from '../i18n.ts';

export function describeCron(expression: string, language: Language): string | null {
  try {
    return cronstrue.toString(expression, { locale: language, use24HourTimeFormat: true, verbose: false });
  } catch {
    return null; // the shared parser's Vietnamese message is shown instead
  }
}
