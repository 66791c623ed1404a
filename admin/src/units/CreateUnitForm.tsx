import type { FormEvent } from 'react';
import { unitCreate, unitSlug, type UnitCreated } from '@bangtin/shared';
import { Field } from '../ui/form/Field.tsx';
import { Options } from '../ui/form/Options.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { TextField } from '../ui/form/TextField.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { checkWith } from '../ui/form/validation.ts';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { kindKey, MEMBER_KINDS, memberKind, type MemberKind } from './kinds.ts';

const EMPTY = { slug: '', name: '', kind: 'school' as MemberKind, adminUsername: '', adminDisplayName: '' };

/**
 * A new member unit and its first administrator. The address name is checked as it is typed, by the same rule the
 * server applies (shared `unitSlug`: reserved words, length, characters), with the address it will give.
 */
export function CreateUnitForm({ onCreated }: { onCreated: (created: UnitCreated) => void }) {
  const { api, t, toast } = usePageKit();
  const form = useVersionedForm<UnitCreated, typeof EMPTY>({
    stored: null,
    toValues: () => EMPTY,
    leaveGuard: false,
    invalidMessage: null,
    focusScope: '.unit-form',
    onMessage: (message) => toast(message, 'error'),
  });
  const { values, update, errors } = form;

  const slug = values.slug.trim() ? unitSlug.safeParse(values.slug) : null;
  const slugError = slug && !slug.success ? slug.error.issues[0]?.message : errors.slug;
  const slugHint = slug?.success ? t('units.slugPreview', { url: `${window.location.origin}/${slug.data}/admin/` }) : t('units.slugHint');

  const create = (event: FormEvent) => {
    event.preventDefault();
    void form.submit({
      check: (input) => checkWith(unitCreate, input),
      send: (input) => api.units.create(input),
      onSaved: (created) => {
        toast(t('units.created', { name: created.unit.name }), 'success');
        onCreated(created);
      },
    });
  };

  return (
    <form className="form-section unit-form" onSubmit={create} noValidate aria-labelledby="unit-new-title">
      <h2 id="unit-new-title" className="form-section__heading">
        {t('units.new')}
      </h2>
      <div className="field-row">
        <TextField name="unit-name" label={t('units.name')} value={values.name} error={errors.name} onChange={(name) => update({ name })} />
        <Field name="unit-kind" label={t('units.kind')}>
          {(control) => (
            <select {...control} value={values.kind} onChange={(e) => update({ kind: memberKind(e.target.value) })}>
              <Options values={MEMBER_KINDS} label={(kind) => t(kindKey(kind))} />
            </select>
          )}
        </Field>
      </div>
      <TextField name="unit-slug" label={t('units.slug')} value={values.slug} error={slugError} hint={slugHint} onChange={(value) => update({ slug: value })} />
      <div className="field-row">
        <TextField
          name="unit-admin-username"
          label={t('units.adminUsername')}
          value={values.adminUsername}
          error={errors.adminUsername}
          onChange={(adminUsername) => update({ adminUsername })}
        />
        <TextField
          name="unit-admin-name"
          label={t('units.adminDisplayName')}
          value={values.adminDisplayName}
          error={errors.adminDisplayName}
          onChange={(adminDisplayName) => update({ adminDisplayName })}
        />
      </div>
      <SubmitButton busy={form.saving !== null} label={t('units.new')} busyLabel={t('units.creating')} testId="unit-create" />
    </form>
  );
}
