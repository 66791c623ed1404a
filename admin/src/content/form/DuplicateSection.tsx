import { useState } from 'react';
import type { ContentItem } from '@bangtin/shared';
import { useI18n } from '../../i18nContext.tsx';
import { useRouter } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useFailureMessage } from '../../ui/hooks/useFailureMessage.ts';

/**
 * "Nhân bản": the server makes a draft copy named "… (bản sao)" and the editor opens it. Leaving the current item
 * goes through the unsaved-changes guard like any other navigation.
 */
export function DuplicateSection({ item }: { item: ContentItem | null }) {
  const { t } = useI18n();
  const api = useApi();
  const toast = useToast();
  const failure = useFailureMessage();
  const { navigate } = useRouter();
  const [busy, setBusy] = useState(false);
  if (!item) return null;

  const duplicate = async () => {
    setBusy(true);
    try {
      const copy = await api.content.duplicate(item.id);
      if (await navigate({ page: 'contentEdit', type: copy.type, id: copy.id })) toast(t('editor.duplicated'), 'success');
    } catch (error) {
      toast(failure(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="archive-section archive-section--quiet" aria-label={t('editor.duplicate')}>
      <p className="muted">{t('editor.duplicateHint')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void duplicate()} data-testid="duplicate">
        {t('editor.duplicate')}
      </button>
    </section>
  );
}
