import { useRef } from 'react';
import type { Screen } from '@bangtin/shared';
import { useToast } from '../ui/Toast.tsx';
import { useI18n } from '../i18nContext.tsx';
import { unitPath } from '../api/unitBase.ts';

/** The kiosk's page of a screen of this unit ('/<slug>/display/<screen>' in a child unit). */
export const kioskPath = (slug: string) => unitPath(`/display/${encodeURIComponent(slug)}`);

/** The full address to type into a kiosk's browser, shown whole (it wraps) with a copy button. */
export function KioskAddress({ screen }: { screen: Screen }) {
  const { t } = useI18n();
  const toast = useToast();
  const urlRef = useRef<HTMLElement>(null);
  const path = kioskPath(screen.slug);
  const url = `${window.location.origin}${path}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      toast(t('screens.copied', { url }), 'info');
    } catch {
      // The clipboard API needs HTTPS or localhost; a school LAN address is often plain http. Select and copy.
      const selection = window.getSelection();
      let copied = false;
      if (selection && urlRef.current) {
        selection.selectAllChildren(urlRef.current);
        copied = document.execCommand('copy');
      }
      toast(copied ? t('screens.copied', { url }) : t('screens.copyFailed'), copied ? 'info' : 'error');
    }
  };

  return (
    <div className="kiosk-address">
      <span className="kiosk-address__label">{t('screens.kioskUrl')}</span>
      <div className="kiosk-address__row">
        <code ref={urlRef} className="kiosk-address__url" data-testid="screen-url">
          {window.location.origin}
          <wbr />
          {path}
        </code>
        <button
          type="button"
          className="button button--small"
          onClick={() => void copy()}
          aria-label={t('screens.copyLabel', { name: screen.name })}
          data-testid="screen-copy-url"
        >
          {t('screens.copy')}
        </button>
      </div>
    </div>
  );
}
