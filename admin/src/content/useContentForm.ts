import { useState } from 'react';
import { contentInput, type ContentItem, type ContentType } from '@bangtin/shared';

import { useConfirm } from '../ui/ConfirmDialog.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { validateWith, type FieldErrors } from '../ui/form/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';

export type SaveIntent = 'draft' | 'submitted' | 'approved';

export interface ContentFormOptions<V> {
  type: ContentType;
  /** The stored item being edited, or null for a new one. */
  item: ContentItem | null;
  /** Form values for an item (or defaults when null). */
  valuesOf: (item: ContentItem | null) => V;
  /** Form values → the type-specific and shared fields of a ContentInput (without type/status/baseVersion). */
  toInput: (values: V) => Record<string, unknown>;
  /** After a successful save or archive: the page swaps in the stored item (and its address for a new one). */
  onStored: (item: ContentItem) => void;
}

const BUSY = ['draft', 'submitted', 'approved', 'archive'] as const;
const SAVED_KEY = { draft: 'editor.savedDraft', submitted: 'editor.savedSubmit', approved: 'editor.savedPublish' } as const;

/**
 * Form state for one content item: validate with the shared schema → send → map server field errors → keep
 * edits on a version conflict. The server pushes the saved item to screens; this only reports the outcome.
 */
export function useContentForm<V>({ type, item, valuesOf, toInput, onStored }: ContentFormOptions<V>) {
  const api = useApi();
  const toast = useToast();
  const confirm = useConfirm();
  const { t } = useI18n();
  const form = useVersionedForm({ stored: item, toValues: valuesOf, conflictMessage: 'editor.conflict' });
  const { stored, dirty, saving, adopt } = form;
  const [remoteVersion, setRemoteVersion] = useState(0);

  useServerEvent('content:updated', (pushed) => {
    if (!stored || pushed.id !== stored.id || pushed.version <= stored.version || saving) return;
    if (dirty) setRemoteVersion(pushed.version);
    else adopt(pushed); // nothing typed yet: simply show the newer version
  });

  const checkAs = (status: SaveIntent, values: V) =>
    validateWith(contentInput, { ...toInput(values), type, status, baseVersion: stored?.version }, t);

  const save = (status: SaveIntent) =>
    form.submit({
      label: status,
      // A draft keeps what is typed; sending for approval needs every required (legal) field.
      invalidMessage: status === 'draft' ? 'editor.fixErrors' : 'editor.incompleteSubmit',
      check: (values) => checkAs(status, values),
      send: (input, current) => (current ? api.content.update(current.id, input) : api.content.create(input)),
      onSaved: (saved) => {
        setRemoteVersion(0);
        toast(t(SAVED_KEY[status]));
        onStored(saved);
      },
    });

  const archive = async () => {
    if (!stored) return;
    const sure = await confirm({
      title: t('editor.archiveTitle'),
      body: t('editor.archiveBody'),
      confirmLabel: t('editor.archive'),
      cancelLabel: t('editor.cancel'),
      danger: true,
    });
    if (!sure) return;
    await form.run('archive', () => api.content.setStatus(stored.id, { status: 'archived', baseVersion: stored.version }), (archived) => {
      toast(t('editor.archived'));
      onStored(archived);
    });
  };

  /** What a draft still lacks before it can be sent for approval (0 for other statuses). */
  const missing = (): FieldErrors => {
    if (stored && stored.status !== 'draft') return {};
    const checked = checkAs('submitted', form.values);
    return checked.ok ? {} : checked.errors;
  };
  const showMissing = () => form.showErrors(missing(), 'editor.incompleteList');

  /** Throws the user's edits away for the latest stored version (the way out of a conflict). */
  const reload = async () => {
    if (!stored) return;
    try {
      adopt(await api.content.get(stored.id));
      setRemoteVersion(0);
    } catch (error) {
      form.fail(error);
    }
  };

  return {
    stored,
    values: form.values,
    update: form.update,
    errors: form.errors,
    formError: form.formError,
    conflict: form.conflict,
    remoteChanged: remoteVersion > (stored?.version ?? 0) ? remoteVersion : null,
    saving: BUSY.find((intent) => intent === saving) ?? null,
    dirty,
    save,
    missingCount: Object.keys(missing()).length,
    showMissing,
    archive,
    reload,
  };
}

export type ContentForm<V> = ReturnType<typeof useContentForm<V>>;
