import { useId, useState } from 'react';
import { useI18n } from '../i18nContext.tsx';
import type { MessageKey } from '../i18n.ts';
import { ModalSheet } from '../ui/ModalSheet.tsx';

const QUICK_REASONS: readonly MessageKey[] = [
  'approvals.quick.spelling',
  'approvals.quick.source',
  'approvals.quick.facts',
  'approvals.quick.timing',
];

interface RejectSheetProps {
  /** What is being sent back, for the heading. */
  label: string;
  busy: boolean;
  onSend: (reason: string) => void;
  onClose: () => void;
}

/**
 * The reason sheet: a quick reason fills the reason field (she may add words), and nothing is sent until "Gửi trả lại".
 * A modal <dialog>: focus moves in, Esc closes, focus returns to the "Từ chối" button afterwards.
 */
export function RejectSheet({ label, busy, onSend, onClose }: RejectSheetProps) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const send = () => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onSend(reason.trim());
  };

  return (
    <ModalSheet className="confirm-dialog reason-sheet" titleId={`${id}-title`} testId="reject-sheet" onClose={onClose}>
      <h2 id={`${id}-title`}>{t('approvals.rejectTitle')}</h2>
      <p className="muted">{label}</p>
      <p className="field__label">{t('approvals.quickReasons')}</p>
      <p className="field__hint">{t('approvals.reasonHint')}</p>
      <div className="reason-sheet__quick">
        {QUICK_REASONS.map((key, i) => (
          <button
            key={key}
            type="button"
            className="button"
            disabled={busy}
            aria-pressed={reason.includes(t(key))}
            onClick={() => {
              // Appended, not replacing: two reasons can apply, and typed words stay.
              setReason((current) => (current.includes(t(key)) ? current : [current.trim(), t(key)].filter(Boolean).join(' ')));
              setMissing(false);
            }}
            data-testid={`quick-reason-${i}`}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <div className={`field${missing ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-reason`}>
          {t('approvals.reason')}
        </label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          maxLength={500}
          value={reason}
          aria-invalid={missing}
          aria-describedby={missing ? `${id}-error` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
          data-testid="reject-reason"
        />
        {missing && (
          <p className="field__error" id={`${id}-error`}>
            {t('approvals.reasonMissing')}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t('editor.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={send} disabled={busy} data-testid="reject-send">
          {t('approvals.send')}
        </button>
      </div>
    </ModalSheet>
  );
}
