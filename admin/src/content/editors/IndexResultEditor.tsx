import { INDEX_VI, reformIndex, type ContentItem, type ReformIndex } from '@bangtin/shared';
import { ContentEditorShell } from '../ContentEditorShell.tsx';
import { Field } from '../../ui/form/Field.tsx';
import { TextField } from '../../ui/form/TextField.tsx';
import { IndexYearsTable } from './IndexYearsTable.tsx';
import { IndexWarnings } from './IndexWarnings.tsx';
import { EMPTY_META, metaFromItem, metaToInput, type MetaValues } from '../formValues.ts';
import { numberOrNull, numberText } from '../optional.ts';
import { useContentForm } from '../useContentForm.ts';
import { useI18n } from '../../i18nContext.tsx';
import type { EditorProps } from './editorTypes.ts';

interface IndexValues extends MetaValues {
  index: ReformIndex;
  scope: string;
  year: string;
  score: string;
  unit: string;
  rank: string;
  rankOf: string;
  changePoints: string;
  changePlaces: string;
  group: string;
  note: string;
}

const NUMBERS = ['score', 'rank', 'rankOf', 'changePoints', 'changePlaces'] as const;

function valuesOf(item: ContentItem | null): IndexValues {
  if (item?.type !== 'indexResult') {
    return {
      ...EMPTY_META,
      // Index results are the results of reform (plan II.3 b).
      areas: ['II.3'],
      index: 'PAR_INDEX',
      scope: '',
      year: String(new Date().getFullYear() - 1),
      score: '',
      unit: '',
      rank: '',
      rankOf: '',
      changePoints: '',
      changePlaces: '',
      group: '',
      note: '',
    };
  }
  return {
    ...metaFromItem(item),
    index: item.index,
    scope: item.scope,
    year: String(item.year),
    ...(Object.fromEntries(NUMBERS.map((key) => [key, numberText(item[key])])) as Record<(typeof NUMBERS)[number], string>),
    unit: item.unit,
    group: item.group,
    note: item.note,
  };
}

const payloadOf = (v: IndexValues) => ({
  index: v.index,
  scope: v.scope,
  year: numberOrNull(v.year),
  ...Object.fromEntries(NUMBERS.map((key) => [key, numberOrNull(v[key])])),
  unit: v.unit,
  group: v.group,
  note: v.note,
});
const toInput = (v: IndexValues) => ({ ...metaToInput(v), ...payloadOf(v) });

/** The figures as typed so far, for the warnings (none until the year is a number). */
function figuresOf(v: IndexValues) {
  const year = numberOrNull(v.year);
  if (year === null) return null;
  const [score, rank, rankOf, changePoints, changePlaces] = NUMBERS.map((key) => numberOrNull(v[key]));
  return { index: v.index, scope: v.scope.trim().normalize('NFC'), year, unit: v.unit, score: score ?? null, rank: rank ?? null, rankOf: rankOf ?? null, changePoints: changePoints ?? null, changePlaces: changePlaces ?? null };
}

/** One year of one index for one scope; the other years of the same series are listed below for context. */
export function IndexResultEditor({ item, onStored }: EditorProps) {
  const { t } = useI18n();
  const form = useContentForm({ type: 'indexResult', item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  const number = (key: (typeof NUMBERS)[number] | 'year', label: string, hint?: string) => (
    <TextField
      name={key}
      label={label}
      hint={hint}
      inputMode="decimal"
      className="field--narrow"
      value={values[key]}
      error={errors[key]}
      onChange={(value) => update({ [key]: value } as Partial<IndexValues>)}
    />
  );

  return (
    <ContentEditorShell type="indexResult" form={form} payload={payloadOf(values)}>
      <Field name="index" label={t('index.index')} error={errors.index}>
        {(control) => (
          <select {...control} value={values.index} onChange={(e) => update({ index: reformIndex.parse(e.target.value) })}>
            {reformIndex.options.map((index) => (
              <option key={index} value={index}>
                {INDEX_VI[index].short} — {INDEX_VI[index].name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField name="scope" label={t('index.scope')} max={200} value={values.scope} error={errors.scope} onChange={(scope) => update({ scope })} />
      <div className="field-row">
        {number('year', t('index.year'))}
        {number('score', t('index.score'), t('index.emptyHint'))}
        <TextField name="unit" label={t('index.unit')} className="field--narrow" value={values.unit} error={errors.unit} onChange={(unit) => update({ unit })} />
      </div>
      <div className="field-row">
        {number('rank', t('index.rank'), t('index.emptyHint'))}
        {number('rankOf', t('index.rankOf'))}
      </div>
      <div className="field-row">
        {number('changePoints', t('index.changePoints'))}
        {number('changePlaces', t('index.changePlaces'))}
      </div>
      <TextField name="group" label={t('index.group')} value={values.group} error={errors.group} onChange={(group) => update({ group })} />
      <TextField name="note" label={t('index.note')} rows={2} max={500} value={values.note} error={errors.note} onChange={(note) => update({ note })} />
      <IndexWarnings figures={figuresOf(values)} currentId={form.stored?.id ?? null} />
      <IndexYearsTable index={values.index} scope={values.scope} currentId={form.stored?.id ?? null} />
    </ContentEditorShell>
  );
}
