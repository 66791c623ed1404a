import { useId } from 'react';
import { FrequencyFields } from './FrequencyFields.tsx';
import type { Daypart, Playlist, ScheduleEntry, Screen } from '@bangtin/shared';
import type { ContentChoice } from './useContentChoices.ts';
import { useScheduleForm } from './useScheduleForm.ts';
import { useI18n } from '../i18nContext.tsx';
import { sourceErrorPath } from './formValues.ts';
import { Field } from '../ui/form/Field.tsx';
import { FormAlert } from '../ui/form/FormAlert.tsx';
import { DateInput } from '../ui/date/DateInput.tsx';
import { CronRuleFields } from './CronRuleFields.tsx';
import { OrderedContentList } from './OrderedContentList.tsx';
import { TargetPicker } from './TargetPicker.tsx';
import { WarningList } from './WarningList.tsx';
import { WeeklyRuleFields } from './WeeklyRuleFields.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { FormSection } from '../ui/form/FormSection.tsx';
import { SlideSecondsField } from '../ui/form/SlideSecondsField.tsx';

interface ScheduleFormProps {
  entry: ScheduleEntry | null;
  playlists: readonly Playlist[];
  dayparts: readonly Daypart[];
  screens: readonly Screen[];
  content: { pickable: readonly ContentChoice[]; byId: ReadonlyMap<string, ContentChoice> };
  onStored: (entry: ScheduleEntry) => void;
  /** Fetches the newest stored version after a conflict. */
  onReload: () => Promise<ScheduleEntry | null>;
  onDelete: ((entry: ScheduleEntry) => void) | null;
  onCancel: () => void;
  /** A new entry started from an item's editor: that item, on the screens it is assigned to. */
  forContentId?: string | undefined;
}

/** What plays (content or a playlist), where, when (weekly or cron), and how (priority, mode, slide time). */
export function ScheduleForm({ entry, playlists, dayparts, screens, content, onStored, onReload, onDelete, onCancel, forContentId }: ScheduleFormProps) {
  const { t } = useI18n();
  const form = useScheduleForm(entry, onStored, forContentId ? content.byId.get(forContentId) : undefined);
  const { values, update, errors } = form;
  const contentErrorId = useId();
  const sourceError = errors[sourceErrorPath(values)] ?? errors.contentIds ?? errors.playlistId;

  const reload = async () => {
    const latest = await onReload();
    if (latest) form.adopt(latest);
  };

  return (
    <form
      className="schedule-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.save();
      }}
    >
      <FormAlert message={form.formError} conflict={form.conflict} remoteVersion={null} onReload={() => void reload()} />
      {form.warnings && <WarningList warnings={form.warnings} />}
      {form.stored && form.warnings?.some((w) => w.code === 'DIRECT_ASSIGNMENT_ALL_DAY') && (
        <div className="button-row button-row--start">
          <button type="button" className="button" disabled={form.unassigning} onClick={() => void form.unassignDirect()} data-testid="schedule-unassign-direct">
            {t('schedule.unassignDirect')}
          </button>
        </div>
      )}

      <section className="form-section">
        <div className="field-row">
          <Field name="name" label={t('schedule.name')} hint={t('schedule.nameHint')} error={errors.name}>
            {(control) => <input {...control} type="text" value={values.name} onChange={(e) => update({ name: e.target.value })} />}
          </Field>
          <div className="field">
            <span className="field__label">{t('schedule.colEnabled')}</span>
            <label className="choice">
              <input type="checkbox" checked={values.enabled} onChange={(e) => update({ enabled: e.target.checked })} data-testid="field-enabled" />
              <span>{t('schedule.enabledLabel')}</span>
            </label>
          </div>
        </div>
      </section>

      <FormSection id="schedule-what" title={t('schedule.what')}>
        <div className="segmented" role="radiogroup" aria-label={t('schedule.what')}>
          {(['content', 'playlist'] as const).map((source) => (
            <label key={source} className={`segmented__option${values.source === source ? ' segmented__option--on' : ''}`}>
              <input type="radio" name="source" checked={values.source === source} onChange={() => update({ source })} data-testid={`source-${source}`} />
              {t(source === 'content' ? 'schedule.sourceContent' : 'schedule.sourcePlaylist')}
            </label>
          ))}
        </div>
        {values.source === 'content' ? (
          <div className={`field${sourceError ? ' field--invalid' : ''}`} data-testid="field-contentIds">
            <p className="field__hint">{t('schedule.contentHint')}</p>
            <OrderedContentList
              value={values.contentIds}
              choices={content.pickable}
              byId={content.byId}
              onChange={(contentIds) => update({ contentIds })}
              testId="schedule-content"
              invalid={Boolean(sourceError)}
              describedBy={sourceError ? contentErrorId : undefined}
            />
            {sourceError && (
              <p className="field__error" id={contentErrorId} data-testid="error-contentIds">
                {sourceError}
              </p>
            )}
          </div>
        ) : (
          <Field name="playlistId" label={t('schedule.playlist')} error={sourceError}>
            {(control) => (
              <select {...control} value={values.playlistId} onChange={(e) => update({ playlistId: e.target.value })}>
                <option value="">{t('schedule.choosePlaylist')}</option>
                {playlists.map((p) => (
                  <option key={p.id} value={p.id}>
                    {t('playlist.option', { name: p.name, count: p.contentIds.length })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </FormSection>

      <FormSection id="schedule-where" title={t('schedule.where')}>
        <TargetPicker
          all={values.allScreens}
          screenIds={values.screenIds}
          groups={values.groups}
          screens={screens}
          error={errors.screens ?? errors['screens.screenIds']}
          onChange={update}
        />
      </FormSection>

      <FormSection id="schedule-when" title={t('schedule.when')}>
        <div className="field-row">
          <Field name="dateFrom" label={t('schedule.dateFrom')} hint={t('field.validityHint')} error={errors.dateFrom}>
            {(control) => <DateInput {...control} value={values.dateFrom} onChange={(dateFrom) => update({ dateFrom })} />}
          </Field>
          <Field name="dateUntil" label={t('schedule.dateUntil')} error={errors.dateUntil}>
            {(control) => <DateInput {...control} value={values.dateUntil} onChange={(dateUntil) => update({ dateUntil })} />}
          </Field>
        </div>
        <div className="segmented" role="radiogroup" aria-label={t('schedule.ruleKind')}>
          {(['weekly', 'cron'] as const).map((kind) => (
            <label key={kind} className={`segmented__option${values.ruleKind === kind ? ' segmented__option--on' : ''}`}>
              <input type="radio" name="ruleKind" checked={values.ruleKind === kind} onChange={() => update({ ruleKind: kind })} data-testid={`rule-${kind}`} />
              {t(kind === 'weekly' ? 'schedule.ruleWeekly' : 'schedule.ruleCron')}
            </label>
          ))}
        </div>
        {values.ruleKind === 'weekly' ? (
          <WeeklyRuleFields days={values.days} windows={values.windows} dayparts={dayparts} errors={errors} onChange={update} />
        ) : (
          <CronRuleFields
            expression={values.expression}
            durationMinutes={values.durationMinutes}
            dateFrom={values.dateFrom}
            dateUntil={values.dateUntil}
            errors={errors}
            onChange={update}
          />
        )}
      </FormSection>

      <FormSection id="schedule-how" title={t('schedule.how')}>
        <fieldset className="field" data-testid="field-mode">
          <legend className="field__label">{t('schedule.colMode')}</legend>
          {(['add', 'replace'] as const).map((mode) => (
            <label key={mode} className="choice">
              <input type="radio" name="mode" checked={values.mode === mode} onChange={() => update({ mode })} data-testid={`mode-${mode}`} />
              <span>
                <strong>{t(mode === 'add' ? 'schedule.modeAdd' : 'schedule.modeReplace')}</strong>
                <span className="muted"> — {t(mode === 'add' ? 'schedule.modeAddHint' : 'schedule.modeReplaceHint')}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <Field name="priority" label={t('schedule.colPriority')} hint={t('schedule.priorityHint')} error={errors.priority}>
            {(control) => (
              <input {...control} type="number" inputMode="numeric" min={0} max={100} value={values.priority} onChange={(e) => update({ priority: e.target.value })} />
            )}
          </Field>
          <SlideSecondsField
            hint={t('schedule.slideSecondsHint')}
            error={errors.durationSeconds}
            value={values.durationSeconds}
            onChange={(durationSeconds) => update({ durationSeconds })}
          />
        </div>
        <FrequencyFields name="schedule" everyMinutes={values.everyMinutes} sharePercent={values.sharePercent} errors={errors} onChange={update} />
      </FormSection>

      <div className="save-bar">
        {form.dirty && (
          <span className="save-bar__dirty" data-testid="unsaved">
            {t('editor.unsaved')}
          </span>
        )}
        <div className="save-bar__buttons">
          {form.stored && onDelete && (
            <button type="button" className="button button--quiet-danger" disabled={form.saving} onClick={() => form.stored && onDelete(form.stored)} data-testid="schedule-delete">
              {t('schedule.delete')}
            </button>
          )}
          <button type="button" className="button" disabled={form.saving} onClick={onCancel} data-testid="schedule-cancel">
            {t('editor.back')}
          </button>
          <SubmitButton busy={form.saving} label={t('schedule.save')} busyLabel={t('editor.saving')} testId="schedule-save" />
        </div>
      </div>
    </form>
  );
}
