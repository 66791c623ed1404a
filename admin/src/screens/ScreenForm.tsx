import { useEffect, useId, useRef } from 'react';
import { screenOrientation, screenProfile, type Screen } from '@bangtin/shared';
import { Field, type ControlProps } from '../ui/form/Field.tsx';
import { useScreenForm } from './useScreenForm.ts';
import { useI18n } from '../i18nContext.tsx';
import { unitBase } from '../api/unitBase.ts';
import { DefaultPlaylistField } from '../schedule/DefaultPlaylistField.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { Options } from '../ui/form/Options.tsx';
import { PowerScheduleField } from './PowerScheduleField.tsx';

interface ScreenFormProps {
  /** The screen being edited, or null to add one. */
  screen: Screen | null;
  /** Existing group names, offered as suggestions. */
  groups: readonly string[];
  onSaved: (screen: Screen) => void;
  onCancel: () => void;
}

/** Admins add and edit screens here; the form opens above the list and takes focus. */
export function ScreenForm({ screen, groups, onSaved, onCancel }: ScreenFormProps) {
  const { t } = useI18n();
  const { values, update, errors, formError, saving, save } = useScreenForm(screen, onSaved);
  const sectionRef = useRef<HTMLElement>(null);
  const groupListId = useId();
  const titleId = useId();

  useEffect(() => {
    sectionRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    sectionRef.current?.querySelector<HTMLElement>('input')?.focus({ preventScroll: true });
  }, []);

  // Field gives every control `field-<name>`; the screens page names its own `screen-field-<name>`.
  const wire = (control: ControlProps) => ({ ...control, 'data-testid': `screen-${control['data-testid']}` });

  return (
    <section ref={sectionRef} className="screen-form form-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="form-section__heading">
        {screen ? t('form.editTitle', { name: screen.name }) : t('form.newTitle')}
      </h2>
      {formError && (
        <p className="alert alert--error" role="alert" data-testid="screen-form-error">
          {formError}
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field-row">
          <Field name="name" label={t('form.name')} error={errors.name}>
            {(control) => <input {...wire(control)} type="text" value={values.name} onChange={(e) => update({ name: e.target.value })} />}
          </Field>
          <Field
            name="slug"
            label={t('form.slug')}
            hint={screen ? `${t('form.slugHint', { base: unitBase() })} ${t('form.slugChangeHint')}` : t('form.slugHint', { base: unitBase() })}
            error={errors.slug}
          >
            {(control) => (
              <input
                {...wire(control)}
                type="text"
                autoCapitalize="none"
                autoComplete="off"
                spellCheck={false}
                value={values.slug}
                onChange={(e) => update({ slug: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field name="location" label={t('form.location')} hint={t('form.locationHint')} error={errors.location}>
            {(control) => (
              <input {...wire(control)} type="text" value={values.location} onChange={(e) => update({ location: e.target.value })} />
            )}
          </Field>
          <Field name="group" label={t('form.group')} hint={t('form.groupHint')} error={errors.group}>
            {(control) => (
              <input {...wire(control)} type="text" list={groupListId} value={values.group} onChange={(e) => update({ group: e.target.value })} />
            )}
          </Field>
          <datalist id={groupListId}>
            {groups.map((group) => (
              <option key={group} value={group} />
            ))}
          </datalist>
        </div>
        <div className="field-row">
          <Field name="orientation" label={t('form.orientation')} error={errors.orientation}>
            {(control) => (
              <select
                {...wire(control)}
                value={values.orientation}
                onChange={(e) => update({ orientation: screenOrientation.parse(e.target.value) })}
              >
                <Options values={screenOrientation.options} label={(option) => t(`orientation.${option}`)} />
              </select>
            )}
          </Field>
          <Field name="profile" label={t('form.profile')} error={errors.profile}>
            {(control) => (
              <select {...wire(control)} value={values.profile} onChange={(e) => update({ profile: screenProfile.parse(e.target.value) })}>
                <Options values={screenProfile.options} label={(option) => t(`profile.${option}`)} />
              </select>
            )}
          </Field>
        </div>
        <DefaultPlaylistField
          value={values.defaultPlaylistId ?? null}
          error={errors.defaultPlaylistId}
          onChange={(defaultPlaylistId) => update({ defaultPlaylistId })}
        />
        <PowerScheduleField windows={values.powerSchedule ?? []} errors={errors} onChange={(powerSchedule) => update({ powerSchedule })} />
        <div className="button-row">
          <button type="button" className="button" onClick={onCancel} disabled={saving} data-testid="screen-cancel">
            {t('form.cancel')}
          </button>
          <SubmitButton busy={saving} label={t('form.save')} busyLabel={t('form.saving')} testId="screen-save" />
        </div>
      </form>
    </section>
  );
}
