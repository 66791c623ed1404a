import type { ContentStatus } from '@bangtin/shared';
import type { SaveIntent } from '../useContentForm.ts';
import { useI18n } from '../../i18nContext.tsx';

interface SaveBarProps {
  saving: SaveIntent | 'archive' | null;
  dirty: boolean;
  canPublish: boolean;
  /** The stored item's status: approved content edited by an editor can only go back for approval. */
  storedStatus: ContentStatus | null;
  onSave: (intent: SaveIntent) => void;
}

/** The save actions, kept in view at the bottom of the screen on phones and laptops alike. */
export function SaveBar({ saving, dirty, canPublish, storedStatus, onSave }: SaveBarProps) {
  const { t } = useI18n();
  const busy = saving !== null;
  const label = (intent: SaveIntent, idle: string) => (saving === intent ? t('editor.saving') : idle);
  const resubmitOnly = storedStatus === 'approved' && !canPublish;

  return (
    <div className="save-bar">
      {dirty && (
        <span className="save-bar__dirty" data-testid="unsaved">
          {t('editor.unsaved')}
        </span>
      )}
      <div className="save-bar__buttons">
        {!resubmitOnly && (
          <button type="button" className="button" disabled={busy} onClick={() => onSave('draft')} data-testid="save-draft">
            {label('draft', t('editor.saveDraft'))}
          </button>
        )}
        <button
          type="button"
          className={canPublish ? 'button' : 'button button--primary'}
          disabled={busy}
          onClick={() => onSave('submitted')}
          data-testid="save-submit"
        >
          {label('submitted', t(resubmitOnly ? 'editor.saveResubmit' : 'editor.saveSubmit'))}
        </button>
        {canPublish && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => onSave('approved')} data-testid="save-publish">
            {label('approved', t('editor.savePublish'))}
          </button>
        )}
      </div>
    </div>
  );
}
