import { SlidePreview } from '@bangtin/display/preview';
import type { DisplaySnapshot, PublicContentItem, Screen } from '@bangtin/shared';
import { useI18n } from '../../i18nContext.tsx';
import { ScreenStage } from './ScreenStage.tsx';

/** A screen's pixels by orientation: what the kiosks are set up for (1080p). */
export const screenSize = (screen: Screen) =>
  screen.orientation === 'portrait' ? { width: 1080, height: 1920 } : { width: 1920, height: 1080 };

/** The screen's snapshot with the edited item put in place of its stored copy (trend charts read the siblings). */
function withItem(snapshot: DisplaySnapshot, item: PublicContentItem): DisplaySnapshot {
  const others = snapshot.items.filter((i) => i.id !== item.id);
  return { ...snapshot, items: [...others, item] };
}

interface ItemOnScreenProps {
  item: PublicContentItem;
  screen: Screen;
  /** What the screen shows now; the item joins it as it would be played. */
  snapshot: DisplaySnapshot;
  page: number;
  onPageCount: (pages: number) => void;
  /** CSS px the scaled screen may take at most. */
  maxHeight: number;
}

/** One item drawn by the display's own slide on a screen's stage at its real size (editor pane and approval preview). */
export function ItemOnScreen({ item, screen, snapshot, page, onPageCount, maxHeight }: ItemOnScreenProps) {
  const { t, language } = useI18n();
  return (
    <ScreenStage {...screenSize(screen)} title={t('preview.frameTitle', { screen: screen.name })} maxHeight={maxHeight}>
      <SlidePreview snapshot={withItem(snapshot, item)} item={item} page={page} onPageCount={onPageCount} lang={language} failedText={t('preview.failed')} />
    </ScreenStage>
  );
}
