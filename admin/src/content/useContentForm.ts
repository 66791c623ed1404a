import { useCallback, useState } from 'react';
import type { ContentItem, ContentType } from '@bangtin/shared';
import { ApiFailure } from '../api/http.ts';
import { useContentUpdates } from '../api/realtime.tsx';
import { useConfirm } from '../ui/ConfirmDialog.tsx';
import { useToast } from '../ui/Toast.tsx';
import { detailsToErrors, validateContent, type FieldErrors } from './validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useLeaveGuard } from '../ui/hooks/useLeaveGuard.ts';

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

const SAVED_KEY = { draft: 'editor.savedDraft', submitted: 'editor.savedSubmit', approved: 'editor.savedPublish' } as const;

/**
 * Form state for one content item: validate with the shared schema → send → map server field errors → keep
 * edits on a version conflict. The server pushes the saved item to screens; this only reports the outcome.
 */
export function useContentForm<V>({ type, item, valuesOf, toInput, onStored }: ContentFormOptions<V>) {
  const api = useApi();
  const toast = useToast();
  const confirm = useConfirm();
  const failureMessage = useFailureMessage();
  const { t } = useI18n();
  const [stored, setStored] = useState(item);
  const [baseline, setBaseline] = useState(() => valuesOf(item));
  const [values, setValues] = useState(baseline);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState<SaveIntent | 'archive' | null>(null);
  const [remoteVersion, setRemoteVersion] = useState(0);

  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  useLeaveGuard(dirty);

  const adopt = useCallback(
    (next: ContentItem) => {
      const nextValues = valuesOf(next);
      setStored(next);
      setBaseline(nextValues);
      setValues(nextValues);
      setErrors({});
      setFormError(null);
      setConflict(false);
    },
    [valuesOf],
  );

  useContentUpdates((pushed) => {
    if (!stored || pushed.id !== stored.id || pushed.version <= stored.version || saving) return;
    if (dirty) setRemoteVersion(pushed.version);
    else adopt(pushed); // nothing typed yet: simply show the newer version
  });

  const update = useCallback((patch: Partial<V>) => setValues((current) => ({ ...current, ...patch })), []);

  const fail = (error: unknown) => {
    if (error instanceof ApiFailure && error.code === 'CONFLICT') {
      setConflict(true);
      setFormError(t('editor.conflict'));
      return;
    }
    if (error instanceof ApiFailure && error.details.length > 0) setErrors(detailsToErrors(error.details));
    setFormError(failureMessage(error));
  };

  const save = async (status: SaveIntent) => {
    const checked = validateContent({ ...toInput(values), type, status, baseVersion: stored?.version }, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(t('editor.fixErrors'));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(status);
    setErrors({});
    setFormError(null);
    try {
      const saved = stored ? await api.content.update(stored.id, checked.input) : await api.content.create(checked.input);
      adopt(saved);
      setRemoteVersion(0);
      toast(t(SAVED_KEY[status]));
      onStored(saved);
    } catch (error) {
      fail(error);
    } finally {
      setSaving(null);
    }
  };

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
    setSaving('archive');
    try {
      const archived = await api.content.setStatus(stored.id, { status: 'archived', baseVersion: stored.version });
      adopt(archived);
      toast(t('editor.archived'));
      onStored(archived);
    } catch (error) {
      fail(error);
    } finally {
      setSaving(null);
    }
  };

  /** Throws the user's edits away for the latest stored version (the way out of a conflict). */
  const reload = async () => {
    if (!stored) return;
    try {
      adopt(await api.content.get(stored.id));
      setRemoteVersion(0);
    } catch (error) {
      setFormError(failureMessage(error));
    }
  };

  return {
    stored,
    values,
    update,
    errors,
    formError,
    conflict,
    remoteChanged: remoteVersion > (stored?.version ?? 0) ? remoteVersion : null,
    saving,
    dirty,
    save,
    archive,
    reload,
  };
}

export type ContentForm<V> = ReturnType<typeof useContentForm<V>>;
