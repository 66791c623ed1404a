import type { ContentItem } from '@bangtin/shared';
import { ContentEditorShell } from '../ContentEditorShell.tsx';
import { TextField } from '../../ui/form/TextField.tsx';
import { EMPTY_META, metaFromItem, metaToInput, type MetaValues } from '../formValues.ts';
import { optionalRef } from '../optional.ts';
import { useContentForm } from '../useContentForm.ts';
import { useI18n } from '../../i18nContext.tsx';
import type { EditorProps } from './editorTypes.ts';

interface CommendationValues extends MetaValues {
  name: string;
  achievement: string;
  photoUrl: string;
}

const valuesOf = (item: ContentItem | null): CommendationValues =>
  item?.type === 'commendation'
    ? { ...metaFromItem(item), name: item.name, achievement: item.achievement, photoUrl: item.photoUrl ?? '' }
    : { ...EMPTY_META, name: '', achievement: '', photoUrl: '' };

const payloadOf = (v: CommendationValues) => ({ name: v.name, achievement: v.achievement, ...optionalRef('photoUrl', v.photoUrl) });
const toInput = (v: CommendationValues) => ({ ...metaToInput(v), ...payloadOf(v) });

export function CommendationEditor({ item, onStored }: EditorProps) {
  const { t } = useI18n();
  const form = useContentForm({ type: 'commendation', item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  return (
    <ContentEditorShell type="commendation" form={form} payload={payloadOf(values)}>
      <TextField name="name" label={t('commendation.name')} max={200} value={values.name} error={errors.name} onChange={(name) => update({ name })} />
      <TextField
        name="achievement"
        label={t('commendation.achievement')}
        rows={5}
        max={1000}
        value={values.achievement}
        error={errors.achievement}
        onChange={(achievement) => update({ achievement })}
      />
      <TextField
        name="photoUrl"
        label={t('commendation.photoUrl')}
        hint={t('field.imageUrlHint')}
        inputMode="url"
        placeholder="/media/…"
        value={values.photoUrl}
        error={errors.photoUrl}
        onChange={(photoUrl) => update({ photoUrl })}
      />
    </ContentEditorShell>
  );
}
