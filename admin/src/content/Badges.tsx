import type { ContentItem, ContentStatus } from '@bangtin/shared';
import { formatShortDateVi } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';

export function StatusBadge({ status }: { status: ContentStatus }) {
  const { statusLabel } = useI18n();
  return (
    <span className={`badge badge--${status}`} data-testid="status-badge" data-status={status}>
      {statusLabel(status)}
    </span>
  );
}

export function SampleBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge--sample" data-testid="sample-badge">
      {t('badge.sample')}
    </span>
  );
}

/** "01/09/2026 – 31/05/2027", "Từ 01/09/2026", or "Không thời hạn". */
export function ValidityText({ item }: { item: Pick<ContentItem, 'validFrom' | 'validUntil'> }) {
  const { t } = useI18n();
  const { validFrom, validUntil } = item;
  if (validFrom && validUntil) return <>{`${formatShortDateVi(validFrom)} – ${formatShortDateVi(validUntil)}`}</>;
  if (validFrom) return <>{t('list.from', { date: formatShortDateVi(validFrom) })}</>;
  if (validUntil) return <>{t('list.until', { date: formatShortDateVi(validUntil) })}</>;
  return <span className="muted">{t('list.always')}</span>;
}

/** The "valid" row of an item's details list: its validity, and the sample badge when it is one. */
export function ValidityRow({ item }: { item: Pick<ContentItem, 'validFrom' | 'validUntil' | 'sample'> }) {
  const { t } = useI18n();
  return (
    <div className="details__row">
      <dt>{t('detail.validity')}</dt>
      <dd>
        <ValidityText item={item} /> {item.sample && <SampleBadge />}
      </dd>
    </div>
  );
}
