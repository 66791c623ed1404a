import type { ContentItem } from '@bangtin/shared';
import { useI18n } from '../../i18nContext.tsx';

interface ArchiveSectionProps {
  item: ContentItem | null;
  busy: boolean;
  onArchive: () => void;
}

/** Kept apart from the save buttons so a hurried tap cannot take something off the screens. */
export function ArchiveSection({ item, busy, onArchive }: ArchiveSectionProps) {
  const { t } = useI18n();
  if (!item || item.status === 'archived') return null;
  return (
    <section className="archive-section" aria-label={t('editor.archive')}>
      <p className="muted">{t('editor.archiveHint')}</p>
      <button type="button" className="button button--quiet-danger" disabled={busy} onClick={onArchive} data-testid="archive">
        {t('editor.archive')}
      </button>
    </section>
  );
}
