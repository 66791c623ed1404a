import { hasRole, readingSeconds, slideText, type ContentItem } from '@bangtin/shared';
import { EditorFrame } from '../components/content/EditorFrame.tsx';
import { Field } from '../components/form/Field.tsx';
import { ArchiveSection } from '../components/form/ArchiveSection.tsx';
import { FormAlert } from '../components/form/FormAlert.tsx';
import { MetaFields } from '../components/form/MetaFields.tsx';
import { SaveBar } from '../components/form/SaveBar.tsx';
import { EMPTY_META, metaFromItem, metaToInput, previewMeta, type MetaValues } from '../content/formValues.ts';
import { useContentForm } from '../hooks/useContentForm.ts';
import { useScreens } from '../hooks/useScreens.ts';
import { useI18n } from '../i18nContext.tsx';
import { useCurrentUser } from '../session.tsx';
import type { EditorProps } from './editorTypes.ts';

const TITLE_MAX = 200;
const BODY_MAX = 5000;

interface AnnouncementValues extends MetaValues {
  title: string;
  body: string;
  imageUrl: string;
}

const valuesOf = (item: ContentItem | null): AnnouncementValues =>
  item?.type === 'announcement'
    ? { ...metaFromItem(item), title: item.title, body: item.body, imageUrl: item.imageUrl ?? '' }
    : { ...EMPTY_META, title: '', body: '', imageUrl: '' };

/** An empty image field means "no image", which the schema spells as an absent key. */
const payloadOf = (v: AnnouncementValues) => ({
  title: v.title,
  body: v.body,
  ...(v.imageUrl.trim() ? { imageUrl: v.imageUrl.trim() } : {}),
});
const toInput = (v: AnnouncementValues) => ({ ...metaToInput(v), ...payloadOf(v) });

export function AnnouncementEditor({ item, onStored }: EditorProps) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const screens = useScreens();
  const form = useContentForm({ type: 'announcement', item, valuesOf, toInput, onStored });
  const { values, errors, update } = form;
  const autoSeconds = readingSeconds(slideText({ ...previewMeta(values), type: 'announcement', ...payloadOf(values) }));

  return (
    <EditorFrame type="announcement" item={form.stored} mode="edit">
      <form className="editor__form" onSubmit={(e) => e.preventDefault()} noValidate>
        <FormAlert message={form.formError} conflict={form.conflict} remoteVersion={form.remoteChanged} onReload={form.reload} />
        <fieldset className="form-section">
          <legend className="form-section__title">{t('editor.sectionContent')}</legend>
          <Field name="title" label={t('field.title')} error={errors.title} counter={{ count: values.title.length, max: TITLE_MAX }}>
            {(control) => <input {...control} type="text" value={values.title} onChange={(e) => update({ title: e.target.value })} />}
          </Field>
          <Field
            name="body"
            label={t('field.body')}
            hint={t('field.bodyHint')}
            error={errors.body}
            counter={{ count: values.body.length, max: BODY_MAX }}
          >
            {(control) => (
              <textarea {...control} rows={10} value={values.body} onChange={(e) => update({ body: e.target.value })} />
            )}
          </Field>
          <Field name="imageUrl" label={t('field.imageUrl')} hint={t('field.imageUrlHint')} error={errors.imageUrl}>
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="url"
                placeholder="/media/…"
                value={values.imageUrl}
                onChange={(e) => update({ imageUrl: e.target.value })}
              />
            )}
          </Field>
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
