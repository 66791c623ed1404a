import { formatDateTimeVi, type ContentType } from '@bangtin/shared';
import type { InheritedItems } from '@bangtin/shared/api';
import { useI18n } from '../../i18nContext.tsx';
import { useTimeZone } from '../../school.tsx';
import { useApi } from '../../session.tsx';
import { useLoad } from '../../ui/hooks/useLoad.ts';
import { ValidityText } from '../../content/Badges.tsx';
import { FormSection } from '../../ui/form/FormSection.tsx';

/** What the ward sends here, when this console is a child unit's (null elsewhere: the root, a single school). */
function useFromWard(): InheritedItems | null {
  const api = useApi();
  const { data } = useLoad('from-ward', async () => {
    const here = await api.ward.current();
    return here.unit.parentId === null ? null : api.ward.inherited();
  });
  return data ?? null;
}

/**
 * "Từ phường": in a child unit's console, the ward's approved items (of this list's type) and active notices that
 * play on every screen here. Read only — the ward's approval suffices, so nothing here can be edited or withdrawn.
 */
export function FromWardSection({ type, noticesOnly = false }: { type?: ContentType; /** The emergency page: the ward's active notices only, nothing when none. */ noticesOnly?: boolean }) {
  const { t, typeLabel } = useI18n();
  const timeZone = useTimeZone();
  const feed = useFromWard();
  if (!feed || (noticesOnly && feed.emergencies.length === 0)) return null;
  const content = feed.content.filter((item) => type === undefined || item.type === type);
  return (
    <div className="from-ward" data-testid="from-ward">
      <FormSection id="from-ward-title" title={t('inherited.title')}>
        <p className="muted">{t('inherited.intro')}</p>
        {feed.emergencies.map((notice) => (
          <p className="alert alert--warning" key={notice.id} data-testid="from-ward-emergency">
            {t('inherited.emergency', { title: notice.title, until: formatDateTimeVi(new Date(notice.expiresAt), timeZone) })}
          </p>
        ))}
        {noticesOnly ? null : content.length === 0 ? (
          <p className="empty">{t('inherited.empty')}</p>
        ) : (
          <ul className="from-ward__list">
            {content.map((item) => (
              <li key={item.id} data-testid="from-ward-item">
                <strong>{item.title}</strong>
                <span className="muted">
                  {' · '}
                  {typeLabel(item.type)}
                  {' · '}
                </span>
                <ValidityText item={item} />
              </li>
            ))}
          </ul>
        )}
      </FormSection>
    </div>
  );
}
