import { SlidePreview } from '@bangtin/display/preview';
import type { DisplaySnapshot, PublicContentItem, Screen } from '@bangtin/shared';
import { useId, useState } from 'react';
import { useLoad } from '../../ui/hooks/useLoad.ts';
import { useI18n } from '../../i18nContext.tsx';
import { useApi } from '../../session.tsx';
import { ScreenStage } from './ScreenStage.tsx';

/** A screen's pixels by orientation: what the kiosks are set up for (1080p). */
export const screenSize = (screen: Screen) =>
  screen.orientation === 'portrait' ? { width: 1080, height: 1920 } : { width: 1920, height: 1080 };

/** The screen's snapshot with the edited item put in place of its stored copy (trend charts read the siblings). */
function withItem(snapshot: DisplaySnapshot, item: PublicContentItem): DisplaySnapshot {
  const others = snapshot.items.filter((i) => i.id !== item.id);
  return { ...snapshot, items: [...others, item] };
}

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
  const { t, language } = useI18n();
  const pickerId = useId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [pages, setPages] = useState(1);
  const preferred = screens?.find((s) => assigned === 'all' || assigned.includes(s.id)) ?? screens?.[0];
  const screen = screens?.find((s) => s.id === chosenId) ?? preferred;
  const snapshot = useLoad(screen ? `display:${screen.slug}` : null, () => api.display.snapshot(screen?.slug ?? ''));

  if (screens && screens.length === 0) return <p className="muted">{t('preview.noScreens')}</p>;
  if (!screen) return null;
  const size = screenSize(screen);
  const shownPage = Math.min(page, pages - 1);

  const stage = snapshot.data && (
    <ScreenStage {...size} title={t('preview.frameTitle', { screen: screen.name })} maxHeight={compact ? 360 : 520}>
      <SlidePreview
        snapshot={withItem(snapshot.data, item)}
        item={item}
        page={shownPage}
        onPageCount={setPages}
        lang={language}
        failedText={t('preview.failed')}
      />
    </ScreenStage>
  );
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
