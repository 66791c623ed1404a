import { formatDateTimeVi, type EmergencyInput } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';

interface NoticePreviewProps {
  input: Pick<EmergencyInput, 'title' | 'body' | 'level'>;
  /** When the notice will leave the screens (shown with its date: a notice may run three days). */
  expiresAt: Date;
  timeZone: string;
}

/**
 * The notice as the screens will show it (label, title, every line of the body, the end with its date), in the
 * confirmation: whoever sends it reads the whole text once more before it covers every screen.
 */
export function NoticePreview({ input, expiresAt, timeZone }: NoticePreviewProps) {
  const { t } = useI18n();
  return (
    <div className={`notice-preview notice-preview--${input.level}`} data-testid="emergency-confirm-preview">
      <p className="notice-preview__label">{t('emergency.screenLabel')}</p>
      <p className="notice-preview__title">{input.title}</p>
      {input.body && <p className="notice-preview__body">{input.body}</p>}
      <p className="notice-preview__meta">{t('emergency.until', { until: formatDateTimeVi(expiresAt, timeZone) })}</p>
    </div>
  );
}
