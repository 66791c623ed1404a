import type { ContentItem } from '@bangtin/shared';
import { ContentEditorShell } from '../ContentEditorShell.tsx';
import { TextField } from '../../ui/form/TextField.tsx';
import { EMPTY_META, metaFromItem, metaToInput, type MetaValues } from '../formValues.ts';
import { useContentForm } from '../useContentForm.ts';
import { useI18n } from '../../i18nContext.tsx';
import type { EditorProps } from './editorTypes.ts';

interface ImageValues extends MetaValues {
  url: string;
  caption: string;
}

const valuesOf = (item: ContentItem | null): ImageValues =>
  item?.type === 'image' ? { ...metaFromItem(item), url: item.url, caption: item.caption } : { ...EMPTY_META, url: '', caption: '' };

const payloadOf = (v: ImageValues) => ({ url: v.url.trim(), caption: v.caption });
const toInput = (v: ImageValues) => ({ ...metaToInput(v), ...payloadOf(v) });

/** A poster or photo by address: a /media/… file or an https URL (picking from the media library comes with it). */
export function ImageEditor({ item, onStored }: EditorProps) {
  const { t } = useI18n();
  const form = useContentForm({ type: 'image', item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  return (
    <ContentEditorShell type="image" form={form} payload={payloadOf(values)}>
      <TextField
        name="url"
        label={t('image.url')}
        hint={t('field.imageUrlHint')}
        inputMode="url"
        placeholder="/media/…"
        value={values.url}
        error={errors.url}
        onChange={(url) => update({ url })}
      />
      <TextField name="caption" label={t('image.caption')} max={300} value={values.caption} error={errors.caption} onChange={(caption) => update({ caption })} />
    </ContentEditorShell>
  );
}
