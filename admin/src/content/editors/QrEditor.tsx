import type { ContentItem } from '@bangtin/shared';
import { ContentEditorShell } from '../ContentEditorShell.tsx';
import { TextField } from '../../ui/form/TextField.tsx';
import { EMPTY_META, metaFromItem, metaToInput, type MetaValues } from '../formValues.ts';
import { useContentForm } from '../useContentForm.ts';
import { useI18n } from '../../i18nContext.tsx';
import type { EditorProps } from './editorTypes.ts';

interface QrValues extends MetaValues {
  title: string;
  url: string;
  caption: string;
}

const valuesOf = (item: ContentItem | null): QrValues =>
  item?.type === 'qr'
    ? { ...metaFromItem(item), title: item.title, url: item.url, caption: item.caption }
    : { ...EMPTY_META, title: '', url: 'https://', caption: '' };

const payloadOf = (v: QrValues) => ({ title: v.title, url: v.url.trim(), caption: v.caption });
const toInput = (v: QrValues) => ({ ...metaToInput(v), ...payloadOf(v) });

export function QrEditor({ item, onStored }: EditorProps) {
  const { t } = useI18n();
  const form = useContentForm({ type: 'qr', item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  return (
    <ContentEditorShell type="qr" form={form} payload={payloadOf(values)}>
      <TextField name="title" label={t('qr.title')} max={200} value={values.title} error={errors.title} onChange={(title) => update({ title })} />
      <TextField
        name="url"
        label={t('qr.url')}
        hint={t('qr.urlHint')}
        type="url"
        inputMode="url"
        value={values.url}
        error={errors.url}
        onChange={(url) => update({ url })}
      />
      <TextField name="caption" label={t('qr.caption')} max={300} value={values.caption} error={errors.caption} onChange={(caption) => update({ caption })} />
    </ContentEditorShell>
  );
}
