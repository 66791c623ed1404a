import { formatDateTimeVi, type EmergencyNotice } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';

/** One line on a screen card while a notice covers that screen: what it shows now, and until when. */
export function EmergencyOnScreen({ notice }: { notice: EmergencyNotice }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  return (
    <p className={`alert emergency-on-screen emergency-on-screen--${notice.level}`} role="status" data-testid="screen-emergency">
      <strong>{t('emergency.onScreen')}</strong> “{notice.title}” ·{' '}
      {t('emergency.until', { until: formatDateTimeVi(new Date(notice.expiresAt), timeZone) })}
    </p>
  );
}
