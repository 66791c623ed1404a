import type { PublicContentItem, Screen } from '@bangtin/shared';
import { useId, useRef, useState } from 'react';
import { ItemOnScreen } from '../content/preview/ItemOnScreen.tsx';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { NamedOptions } from '../ui/form/Options.tsx';
import { ModalSheet } from '../ui/ModalSheet.tsx';

interface FullPreviewProps {
  item: PublicContentItem;
  screens: Screen[];
  assigned: 'all' | string[];
  onClose: () => void;
}

/** A swipe shorter than this (CSS px) is a tap, not a page turn. */
const SWIPE_PX = 40;

/**
 * Full screen on the phone: every page of the slide on the chosen screen (a procedure runs 2–4 pages), with page dots,
 * swipe left/right, arrow keys and buttons, so the principal reads all of the legal text she approves.
 */
export default function FullPreview({ item, screens, assigned, onClose }: FullPreviewProps) {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const startX = useRef<number | null>(null);
  const playing = screens.filter((s) => assigned === 'all' || assigned.includes(s.id));
  // A procedure's whole legal text plays at the reception (the gate shows a one-slide summary): open that first.
  const fullText = item.type === 'procedure' ? playing.find((s) => s.profile === 'reception') : undefined;
  const preferred = fullText ?? playing[0] ?? screens[0];
  const [screenId, setScreenId] = useState(preferred?.id ?? '');
  const [page, setPage] = useState(0);
  const [pages, setPages] = useState(1);
  const screen = screens.find((s) => s.id === screenId) ?? preferred;
  const snapshot = useLoad(screen ? `display:${screen.slug}` : null, () => api.display.snapshot(screen?.slug ?? ''));
  const shown = Math.min(page, pages - 1);
  const go = (to: number) => setPage(Math.max(0, Math.min(pages - 1, to)));

  return (
    <ModalSheet
      className="full-preview"
      titleId={`${id}-title`}
      testId="full-preview"
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight') go(shown + 1);
        if (event.key === 'ArrowLeft') go(shown - 1);
      }}
    >
      <header className="full-preview__bar">
        <h2 id={`${id}-title`}>{t('approvals.previewTitle')}</h2>
        <button type="button" className="button" onClick={onClose} data-testid="full-preview-close">
          {t('approvals.close')}
        </button>
      </header>
      <label className="full-preview__screen">
        {t('approvals.screen')}{' '}
        <select
          value={screen?.id ?? ''}
          onChange={(e) => {
            setScreenId(e.target.value);
            setPage(0);
          }}
          data-testid="full-preview-screen"
        >
          <NamedOptions items={screens} />
        </select>
      </label>
      <div
        className="full-preview__stage"
        onPointerDown={(e) => {
          startX.current = e.clientX;
        }}
        onPointerUp={(e) => {
          if (startX.current === null) return;
          const dx = e.clientX - startX.current;
          startX.current = null;
          if (Math.abs(dx) >= SWIPE_PX) go(shown + (dx < 0 ? 1 : -1));
        }}
        data-testid="full-preview-stage"
      >
        {screen && snapshot.data && (
          <ItemOnScreen item={item} screen={screen} snapshot={snapshot.data} page={shown} onPageCount={setPages} maxHeight={2000} />
        )}
      </div>
      <nav className="full-preview__pager" aria-label={t('approvals.page', { n: shown + 1, total: pages })}>
        <button type="button" className="button" disabled={shown === 0} onClick={() => go(shown - 1)} aria-label={t('approvals.prev')} data-testid="full-preview-prev">
          ‹
        </button>
        <span className="page-dots" data-testid="page-dots" data-page={shown + 1} data-pages={pages}>
          {Array.from({ length: pages }, (_, i) => (
            <button
              key={i}
              type="button"
              className={`page-dot${i === shown ? ' page-dot--on' : ''}`}
              aria-current={i === shown ? 'page' : undefined}
              aria-label={t('approvals.page', { n: i + 1, total: pages })}
              onClick={() => go(i)}
            />
          ))}
        </span>
        <button
          type="button"
          className="button"
          disabled={shown >= pages - 1}
          onClick={() => go(shown + 1)}
          aria-label={t('approvals.next')}
          data-testid="full-preview-next"
        >
          ›
        </button>
      </nav>
    </ModalSheet>
  );
}
