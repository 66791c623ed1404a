import { useState } from 'react';
import type { ContentItem, ContentType } from '@bangtin/shared';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useI18n } from '../i18nContext.tsx';
import { useRouter } from '../router.tsx';
import { useApi } from '../session.tsx';
import { ContentDetailView } from './ContentDetailView.tsx';
import { EDITORS } from './editors/editors.ts';
import type { EditorProps } from './editors/editorTypes.ts';

interface ContentEditorPageProps {
  type: ContentType;
  /** Absent when creating a new item. */
  id?: string;
}

/** Loads one item (or starts a new one) and shows its type's editor, or the read-only view. */
export function ContentEditorPage({ type, id }: ContentEditorPageProps) {
  const api = useApi();
  const { t } = useI18n();
  const { navigate } = useRouter();
  // A just-created item is handed over here so its new address shows it without loading it again.
  const [created, setCreated] = useState<ContentItem | null>(null);
  const handedOver = created && created.id === id ? created : null;
  const loaded = useLoad(id && !handedOver ? `content:${id}` : null, () => api.content.get(id ?? ''));
  const item = handedOver ?? loaded.data ?? null;

  const onStored: EditorProps['onStored'] = (saved) => {
    if (saved.status === 'archived') {
      void navigate({ page: 'contentList', type }, { force: true });
    } else if (!id) {
      setCreated(saved);
      void navigate({ page: 'contentEdit', type, id: saved.id }, { replace: true, force: true });
    }
  };

  const Editor = EDITORS[type];
  if (!id) {
    if (!Editor) return <p className="alert alert--info">{t('list.readOnly')}</p>;
    return <Editor key="new" item={null} onStored={onStored} />;
  }
  if (loaded.loading && !item) return <Loading />;
  if (!item) return <LoadFailure error={loaded.error} onRetry={loaded.retry} />;
  const ItemEditor = EDITORS[item.type];
  if (!ItemEditor) return <ContentDetailView item={item} />;
  return <ItemEditor key={item.id} item={item} onStored={onStored} />;
}
