import type { ContentItem } from '@bangtin/shared';
import { ValidityRow } from './Badges.tsx';
import { EditorFrame } from './EditorFrame.tsx';
import { detailRows } from './detailRows.ts';
import { useI18n } from '../i18nContext.tsx';
import { SentTo } from '../units/audience/SentTo.tsx';

/** Read-only view for content types whose editor comes in a later milestone. */
export function ContentDetailView({ item }: { item: ContentItem }) {
  const { t } = useI18n();
  return (
    <EditorFrame type={item.type} item={item} mode="view">
      <p className="alert alert--info">{t('list.readOnly')}</p>
      <dl className="details" data-testid="content-details">
        {detailRows(item).map((row) => (
          <div className="details__row" key={row.label}>
            <dt>{t(row.label)}</dt>
            <dd>
              {Array.isArray(row.value) ? (
                <ol>
                  {row.value.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ol>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
        <ValidityRow item={item} />
        <div className="details__row">
          <dt>{t('detail.source')}</dt>
          <dd>{item.source || '—'}</dd>
        </div>
        <div className="details__row">
          <dt>{t('detail.screens')}</dt>
          <dd>
            {item.screens === 'all' ? t('field.allScreens') : item.screens.join(', ') || t('list.noScreens')}
            <SentTo audience={item.audience} />
          </dd>
        </div>
      </dl>
    </EditorFrame>
  );
}
