import { useI18n } from '../i18nContext.tsx';

interface PagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

export function Pager({ page, pages, onPage }: PagerProps) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)} data-testid="page-prev">
        {t('pager.prev')}
      </button>
      <span aria-live="polite">{t('pager.status', { page, pages })}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)} data-testid="page-next">
        {t('pager.next')}
      </button>
    </nav>
  );
}
