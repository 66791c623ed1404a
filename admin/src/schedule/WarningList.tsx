import type { ScheduleWarning } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';

/** The server's warnings after a save: worth a second look, never a refusal (the entry is already saved). */
export function WarningList({ warnings }: { warnings: readonly ScheduleWarning[] }) {
  const { t, language } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert--warning schedule-warnings" role="status" data-testid="schedule-warnings">
      <p className="schedule-warnings__title">{t('schedule.warningsTitle')}</p>
      <ul>
        {warnings.map((warning, index) => (
          <li key={`${warning.code}-${index}`} data-code={warning.code}>
            {language === 'vi' ? warning.message : t(`warning.${warning.code}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
