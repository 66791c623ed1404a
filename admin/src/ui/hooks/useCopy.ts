import { useCallback } from 'react';
import { useToast } from '../Toast.tsx';
import { useI18n } from '../../i18nContext.tsx';

/**
 * Copies text; the clipboard API needs HTTPS or localhost, so a plain-http school LAN falls back to execCommand.
 * `label` names what was copied in the toast instead of the text itself (a password is not echoed).
 */
export function useCopy() {
  const toast = useToast();
  const { t } = useI18n();
  return useCallback(
    async (text: string, label: string = text) => {
      let copied: boolean;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.append(area);
        area.select();
        copied = document.execCommand('copy');
        area.remove();
      }
      toast(copied ? t('media.copied', { url: label }) : t('screens.copyFailed'), copied ? 'info' : 'error');
    },
    [toast, t],
  );
}
