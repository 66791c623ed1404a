import type { ContentItem, sloganTheme } from '@bangtin/shared';
import { ContentEditorShell } from '../ContentEditorShell.tsx';
import { TextField } from '../../ui/form/TextField.tsx';
import { ThemePicker } from '../form/ThemePicker.tsx';
import { EMPTY_META, metaFromItem, metaToInput, type MetaValues } from '../formValues.ts';
import { useContentForm } from '../useContentForm.ts';
import { useI18n } from '../../i18nContext.tsx';
import type { EditorProps } from './editorTypes.ts';

interface SloganValues extends MetaValues {
  text: string;
  attribution: string;
  theme: (typeof sloganTheme.options)[number];
}

const valuesOf = (item: ContentItem | null): SloganValues =>
  item?.type === 'slogan'
    ? { ...metaFromItem(item), text: item.text, attribution: item.attribution, theme: item.theme }
    : { ...EMPTY_META, text: '', attribution: '', theme: 'red' };

const payloadOf = (v: SloganValues) => ({ text: v.text, attribution: v.attribution, theme: v.theme });
const toInput = (v: SloganValues) => ({ ...metaToInput(v), ...payloadOf(v) });

export function SloganEditor({ item, onStored }: EditorProps) {
  const { t } = useI18n();
  const form = useContentForm({ type: 'slogan', item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  return (
    <ContentEditorShell type="slogan" form={form} payload={payloadOf(values)}>
      <TextField name="text" label={t('field.text')} rows={4} max={300} value={values.text} error={errors.text} onChange={(text) => update({ text })} />
      <TextField
        name="attribution"
        label={t('field.attribution')}
        value={values.attribution}
        error={errors.attribution}
        onChange={(attribution) => update({ attribution })}
      />
      <ThemePicker value={values.theme} onChange={(theme) => update({ theme })} />
    </ContentEditorShell>
  );
}
