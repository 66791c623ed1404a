import { hasRole, readingSeconds, slideText, type ContentType, type PublicContentItem } from '@bangtin/shared';
import { Suspense, useRef, type ReactNode } from 'react';
import { previewMeta, type MetaValues } from './formValues.ts';
import type { ContentForm } from './useContentForm.ts';
import { useScreens } from '../screens/useScreens.ts';
import { useI18n } from '../i18nContext.tsx';
import { useCurrentUser } from '../session.tsx';
import { ArchiveSection } from './form/ArchiveSection.tsx';
import { FormAlert } from '../ui/form/FormAlert.tsx';
import { useFieldIssueLinks } from '../ui/form/useFieldIssueLinks.ts';
import { DuplicateSection } from './form/DuplicateSection.tsx';
import { MetaFields } from './form/MetaFields.tsx';
import { SaveBar } from './form/SaveBar.tsx';
import { LazyPreviewPane } from './preview/lazy.ts';
import { EditorFrame } from './EditorFrame.tsx';
import { ItemPlaysWhen } from '../schedule/ItemPlaysWhen.tsx';

interface ContentEditorShellProps<V extends MetaValues> {
  type: ContentType;
  form: ContentForm<V>;
  /** The type's own fields as the slide receives them, from the current form values. */
  payload: object;
  /** The type's own inputs; each editor supplies only these. */
  children: ReactNode;
  /** Extra sections after the type's fields (the procedure editor has several). */
  sections?: ReactNode;
}

/**
 * Everything the content editors share: heading and status, the form-level alert, the display and validity
 * fields, the save bar (with the approval rules), the archive section, and the live preview beside the form.
 */
export function ContentEditorShell<V extends MetaValues>({ type, form, payload, children, sections }: ContentEditorShellProps<V>) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const screens = useScreens();
  const canPublish = hasRole(user.role, 'approver');
  const { values, errors, update, stored } = form;
  // What the slide gets from what is typed so far, valid or not (the shared schema judges it only on save;
  // the preview's error boundary covers a half-typed item), hence the cast.
  const typed: Record<string, unknown> = { ...previewMeta(values), id: stored?.id ?? 'preview', type, ...payload };
  const previewItem = typed as unknown as PublicContentItem;
  const autoSeconds = readingSeconds(slideText(previewItem));
  const mayArchive = stored?.status !== 'approved' || canPublish;
  const formRef = useRef<HTMLFormElement>(null);
  const issues = useFieldIssueLinks(formRef, errors);
  const showDraftGaps = form.missingCount > 0 && Object.keys(errors).length === 0 && stored?.status === 'draft';

  return (
    <EditorFrame
      type={type}
      item={stored}
      mode="edit"
      preview={
        <Suspense fallback={null}>
          <LazyPreviewPane item={previewItem} screens={screens.data ?? null} assigned={values.screens} />
        </Suspense>
      }
    >
      <form ref={formRef} className="editor__form" onSubmit={(e) => e.preventDefault()} noValidate>
        <FormAlert message={form.formError} conflict={form.conflict} remoteVersion={form.remoteChanged} onReload={form.reload} issues={issues} />
        {showDraftGaps && (
          <div className="alert alert--info" data-testid="draft-missing">
            <p>{t('editor.draftMissing', { count: form.missingCount })}</p>
            <button type="button" className="button button--small" onClick={form.showMissing} data-testid="show-missing">
              {t('editor.showMissing')}
            </button>
          </div>
        )}
        {stored?.status === 'approved' && (
          <p className="alert alert--info" data-testid="approved-edit-notice">
            {t(canPublish ? 'editor.approvedEditNoticeApprover' : 'editor.approvedEditNotice')}
          </p>
        )}
        <fieldset className="form-section">
          <legend className="form-section__title">{t('editor.sectionContent')}</legend>
          {children}
        </fieldset>
        {sections}
        <MetaFields values={values} errors={errors} onChange={(patch) => update(patch as Partial<V>)} autoSeconds={autoSeconds} screens={screens.data ?? null} fixedSeconds={type === 'video'} />
        <ItemPlaysWhen
          contentId={stored?.id ?? null}
          screens={values.screens}
          timing={values.timing}
          errors={errors}
          onChange={(timing) => update({ timing } as Partial<V>)}
        />
        <SaveBar
          saving={form.saving}
          dirty={form.dirty}
          canPublish={canPublish}
          storedStatus={stored?.status ?? null}
          onSave={(intent) => void form.save(intent)}
        />
      </form>
      <DuplicateSection item={stored} />
      {mayArchive && <ArchiveSection item={stored} busy={form.saving !== null} onArchive={() => void form.archive()} />}
    </EditorFrame>
  );
}
