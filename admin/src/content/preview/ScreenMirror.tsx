import { SlidePreview } from '@bangtin/display/preview';
import { contentLabel, type DisplaySnapshot, type PublicContentItem, type Screen, type ScreenPresence } from '@bangtin/shared';
import { useLoad } from '../../ui/hooks/useLoad.ts';
import { useI18n } from '../../i18nContext.tsx';
import { useApi } from '../../session.tsx';
import { screenSize } from './ItemOnScreen.tsx';
import { ScreenStage } from './ScreenStage.tsx';

/** The slide the kiosk reported, looked up in what the server sends that screen (rotation, then the offline pool). */
function slideOf(snapshot: DisplaySnapshot, slideId: string | null): PublicContentItem | null {
  if (!slideId) return null;
  return snapshot.items.find((i) => i.id === slideId) ?? snapshot.schedule?.pool.find((i) => i.id === slideId) ?? null;
}

interface ScreenMirrorProps {
  screen: Screen;
  presence: ScreenPresence | undefined;
}

/**
 * What one screen is showing now, drawn with the kiosk's own components from the same data: the screen's snapshot
 * (GET /api/display/:slug) and the slide id the kiosk reports in its heartbeats. Reloads when either changes.
 */
export function ScreenMirror({ screen, presence }: ScreenMirrorProps) {
  const api = useApi();
  const { t, language } = useI18n();
  const slideId = presence?.currentSlideId ?? null;
  const snapshot = useLoad(`mirror:${screen.slug}:${presence?.ackedVersion ?? ''}`, () => api.display.snapshot(screen.slug), {
    keepPrevious: true,
  });
  if (!snapshot.data) return null;
  const item = slideOf(snapshot.data, slideId);
  return (
    <div className="mirror" data-testid="screen-mirror" data-slide-id={item?.id ?? ''}>
      <p className="muted" role="status">
        {item ? t('mirror.slide', { label: contentLabel(item) }) : slideId ? t('mirror.stale', { id: slideId }) : t('mirror.noSlide')}
      </p>
      <ScreenStage {...screenSize(screen)} title={t('mirror.title', { name: screen.name })} maxHeight={320}>
        <SlidePreview snapshot={snapshot.data} item={item} lang={language} failedText={t('preview.failed')} />
      </ScreenStage>
    </div>
  );
}
