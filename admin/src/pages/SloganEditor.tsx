import { hasRole, readingSeconds, slideText, type ContentItem, type sloganTheme } from '@bangtin/shared';
import { EditorFrame } from '../components/content/EditorFrame.tsx';
import { Field } from '../components/form/Field.tsx';
import { ArchiveSection } from '../components/form/ArchiveSection.tsx';
import { FormAlert } from '../components/form/FormAlert.tsx';
import { MetaFields } from '../components/form/MetaFields.tsx';
import { SaveBar } from '../components/form/SaveBar.tsx';
import { ThemePicker } from '../components/form/ThemePicker.tsx';
import { EMPTY_META, metaFromItem, metaToInput, previewMeta, type MetaValues } from '../content/formValues.ts';
import { useContentForm } from '../hooks/useContentForm.ts';
import { useScreens } from '../hooks/useScreens.ts';
import { useI18n } from '../i18nContext.tsx';
import { useCurrentUser } from '../session.tsx';
import type { EditorProps } from './editorTypes.ts';

const TEXT_MAX = 300;

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
  const user = useCurrentUser();
  const screens = useScreens();
  const form = useContentForm({ type: 'slogan', item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  const autoSeconds = readingSeconds(slideText({ ...previewMeta(values), type: 'slogan', ...payloadOf(values) }));

  return (
    <EditorFrame type="slogan" item={form.stored} mode="edit">
      <form className="editor__form" onSubmit={(e) => e.preventDefault()} noValidate>
        <FormAlert message={form.formError} conflict={form.conflict} remoteVersion={form.remoteChanged} onReload={form.reload} />
        <fieldset className="form-section">
          <legend className="form-section__title">{t('editor.sectionContent')}</legend>
          <Field name="text" label={t('field.text')} error={errors.text} counter={{ count: values.text.length, max: TEXT_MAX }}>
            {(control) => (
              <textarea {...control} rows={4} value={values.text} onChange={(e) => update({ text: e.target.value })} />
            )}
          </Field>
          <Field name="attribution" label={t('field.attribution')} error={errors.attribution}>
            {(control) => (
              <input {...control} type="text" value={values.attribution} onChange={(e) => update({ attribution: e.target.value })} />
            )}
          </Field>
          <ThemePicker value={values.theme} onChange={(theme) => update({ theme })} />
        </fieldset>
        <MetaFields values={values} errors={errors} onChange={update} autoSeconds={autoSeconds} screens={screens.data ?? null} />
        <SaveBar
          saving={form.saving}
          dirty={form.dirty}
          canPublish={hasRole(user.role, 'approver')}
          onSave={(intent) => void form.save(intent)}
        />
      </form>
      <ArchiveSection item={form.stored} busy={form.saving !== null} onArchive={() => void form.archive()} />
    </EditorFrame>
  );
}
