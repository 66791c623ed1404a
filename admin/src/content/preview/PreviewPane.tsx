import type { PublicContentItem, Screen } from '@bangtin/shared';
import { useId, useState } from 'react';
import { useLoad } from '../../ui/hooks/useLoad.ts';
import { useI18n } from '../../i18nContext.tsx';
import { useApi } from '../../session.tsx';
import { ItemOnScreen, screenSize } from './ItemOnScreen.tsx';

interface PreviewPaneProps {
  /** The item as typed so far (it may still be invalid: the slide shows what is there). */
  item: PublicContentItem;
  screens: Screen[] | null;
  /** Screens the item is assigned to; the picker starts on the first of them. */
  assigned: 'all' | string[];
  /** Just the screen (the approval inbox): no heading, picker or hint. */
  compact?: boolean;
}

/** The editor's live preview: the display's own slide, on a chosen screen, at its real size scaled to the pane. */
export function PreviewPane({ item, screens, assigned, compact = false }: PreviewPaneProps) {
  const api = useApi();
  const { t } = useI18n();
  const pickerId = useId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [pages, setPages] = useState(1);
  const preferred = screens?.find((s) => assigned === 'all' || assigned.includes(s.id)) ?? screens?.[0];
  const screen = screens?.find((s) => s.id === chosenId) ?? preferred;
  const snapshot = useLoad(screen ? `display:${screen.slug}` : null, () => api.display.snapshot(screen?.slug ?? ''));

  if (screens && screens.length === 0) return <p className="muted">{t('preview.noScreens')}</p>;
  if (!screen) return null;
  const shownPage = Math.min(page, pages - 1);

  const stage = snapshot.data && <ItemOnScreen item={item} screen={screen} snapshot={snapshot.data} page={shownPage} onPageCount={setPages} maxHeight={compact ? 360 : 520} />;
  if (compact) return stage;

  return (
    <section className="preview-pane" aria-labelledby={`${pickerId}-title`} data-testid="preview-pane">
      <h2 className="preview-pane__title" id={`${pickerId}-title`}>
        {t('preview.title')}
      </h2>
      <div className="preview-pane__controls">
        <label htmlFor={pickerId}>{t('preview.screen')}</label>
        <select id={pickerId} value={screen.id} onChange={(e) => setChosenId(e.target.value)} data-testid="preview-screen">
          {screens?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} — {t('preview.size', { ...screenSize(s), orientation: t(s.orientation === 'portrait' ? 'preview.portrait' : 'preview.landscape') })}
            </option>
          ))}
        </select>
      </div>
      {stage}
      {pages > 1 && (
        <div className="preview-pane__pager">
          <button type="button" className="button" disabled={shownPage === 0} onClick={() => setPage(shownPage - 1)}>
            {t('preview.prevPage')}
          </button>
          <span data-testid="preview-page">{t('preview.page', { page: shownPage + 1, pages })}</span>
          <button type="button" className="button" disabled={shownPage >= pages - 1} onClick={() => setPage(shownPage + 1)}>
            {t('preview.nextPage')}
          </button>
        </div>
      )}
      <p className="field__hint">{t('preview.hint')}</p>
    </section>
  );
}
