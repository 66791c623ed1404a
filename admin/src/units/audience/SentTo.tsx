import type { UnitAudience } from '@bangtin/shared';
import { useI18n, type I18n } from '../../i18nContext.tsx';

/** "tất cả đơn vị trực thuộc" / "3 đơn vị" / "chỉ đơn vị này": where a ward's item goes besides its own screens. */
export function audienceText(audience: UnitAudience, t: I18n['t']): string {
  if (audience === 'all') return t('audience.sentToAll');
  if (audience === 'none') return t('audience.sentToNone');
  return t('audience.sentToCount', { count: audience.length });
}

/** "· Gửi tới: …" beside an item's screens in the list; nothing for an item that stays on this unit's screens. */
export function SentTo({ audience }: { audience: UnitAudience }) {
  const { t } = useI18n();
  if (audience === 'none') return null;
  return (
    <span className="muted" data-testid="sent-to">
      {' · '}
      {t('audience.sentTo', { where: audienceText(audience, t) })}
    </span>
  );
}
