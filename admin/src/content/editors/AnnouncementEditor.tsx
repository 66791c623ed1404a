import type { ContentItem } from '@bangtin/shared';
import { ContentEditorShell } from '../ContentEditorShell.tsx';
import { TextField } from '../../ui/form/TextField.tsx';
import { EMPTY_META, metaFromItem, metaToInput, type MetaValues } from '../formValues.ts';
import { optionalRef } from '../optional.ts';
import { useContentForm } from '../useContentForm.ts';
import { useI18n } from '../../i18nContext.tsx';
import type { EditorProps } from './editorTypes.ts';

interface AnnouncementValues extends MetaValues {
  title: string;
  body: string;
  imageUrl: string;
}

const valuesOf = (item: ContentItem | null): AnnouncementValues =>
  item?.type === 'announcement'
    ? { ...metaFromItem(item), title: item.title, body: item.body, imageUrl: item.imageUrl ?? '' }
    : { ...EMPTY_META, title: '', body: '', imageUrl: '' };

const payloadOf = (v: AnnouncementValues) => ({ title: v.title, body: v.body, ...optionalRef('imageUrl', v.imageUrl) });
const toInput = (v: AnnouncementValues) => ({ ...metaToInput(v), ...payloadOf(v) });

export function AnnouncementEditor({ item, onStored }: EditorProps) {
  const { t } = useI18n();
  const form = useContentForm({ type: 'announcement', item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  return (
    <ContentEditorShell type="announcement" form={form} payload={payloadOf(values)}>
      <TextField name="title" label={t('field.title')} max={200} value={values.title} error={errors.title} onChange={(title) => update({ title })} />
      <TextField
        name="body"
        label={t('field.body')}
        hint={t('field.bodyHint')}
        rows={10}
        max={5000}
        value={values.body}
        error={errors.body}
        onChange={(body) => update({ body })}
      />
      <TextField
        name="imageUrl"
        label={t('field.imageUrl')}
        hint={t('field.imageUrlHint')}
        inputMode="url"
        placeholder="/media/…"
        value={values.imageUrl}
        error={errors.imageUrl}
        onChange={(imageUrl) => update({ imageUrl })}
      />
    </ContentEditorShell>
  );
}
