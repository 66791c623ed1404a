import { CHANNEL_VI, formFiller, procedureStanding, submissionChannel } from '@bangtin/shared';
import { ContentEditorShell } from '../ContentEditorShell.tsx';
import { Field } from '../../ui/form/Field.tsx';
import { Options } from '../../ui/form/Options.tsx';
import { RowList } from '../../ui/form/RowList.tsx';
import { TextField } from '../../ui/form/TextField.tsx';
import { DateField } from '../../ui/date/DateField.tsx';
import { errorUnder, procedureInput, procedurePayload, procedureValuesOf, type ProcedureValues } from '../procedureValues.ts';
import { useContentForm } from '../useContentForm.ts';
import { useI18n } from '../../i18nContext.tsx';
import type { EditorProps } from './editorTypes.ts';

/**
 * Every component NĐ 63/2010 (Điều 8) requires to be published, plus legal basis, forms and the publishing decision.
 * Limits mirror shared/src/schemas/procedure.ts; the shared schema checks the whole item before it is sent.
 */
export function ProcedureEditor({ item, onStored }: EditorProps) {
  const { t } = useI18n();
  const form = useContentForm({ type: 'procedure', item, valuesOf: procedureValuesOf, toInput: procedureInput, onStored });
  const { values, errors, update } = form;
  const text = (key: keyof ProcedureValues & string, label: string, extra: { rows?: number; max?: number; hint?: string; path?: string } = {}) => (
    <TextField
      name={key}
      label={label}
      rows={extra.rows}
      max={extra.max}
      hint={extra.hint}
      value={String(values[key])}
      error={errorUnder(errors, extra.path ?? key)}
      onChange={(value) => update({ [key]: value } as Partial<ProcedureValues>)}
    />
  );

  /** A repeatable list of the procedure: its rows, its own error and its updates, all found by its field name. */
  const listOf = <K extends 'steps' | 'channels' | 'dossier' | 'forms' | 'resultTemplates' | 'legalBasis'>(name: K) => ({
    name,
    rows: values[name],
    error: errors[name],
    onChange: (rows: ProcedureValues[K]) => update({ [name]: rows } as Partial<ProcedureValues>),
  });

  /** A form or a result template: its name and the optional link the kiosk turns into a QR code. */
  const nameAndLink = (list: 'forms' | 'resultTemplates', label: string, i: number, row: { name: string; url: string }, set: (patch: { name?: string; url?: string }) => void) => (
    <>
      <TextField name={`${list}.${i}.name`} label={label} max={400} value={row.name} error={errors[`${list}.${i}.name`]} onChange={(name) => set({ name })} />
      <TextField name={`${list}.${i}.url`} label={t('proc.formUrl')} type="url" inputMode="url" placeholder="https://" value={row.url} error={errors[`${list}.${i}.url`]} onChange={(url) => set({ url })} />
    </>
  );

  const sections = (
    <>
      <fieldset className="form-section">
        <legend className="form-section__title">{t('editor.sectionSteps')}</legend>
        <RowList
          {...listOf('steps')}
          legend={t('detail.steps')}
          what={t('proc.step')}
          max={40}
          blank={() => ({ description: '', timeLimit: '' })}
          renderRow={(step, i, set) => (
            <>
              <TextField name={`steps.${i}.description`} label={t('proc.stepDescription', { n: i + 1 })} rows={3} max={2000} value={step.description} error={errors[`steps.${i}.description`]} onChange={(description) => set({ description })} />
              <TextField name={`steps.${i}.timeLimit`} label={t('proc.stepTime', { n: i + 1 })} value={step.timeLimit} error={errors[`steps.${i}.timeLimit`]} onChange={(timeLimit) => set({ timeLimit })} />
            </>
          )}
        />
        <RowList
          {...listOf('channels')}
          legend={t('proc.channels')}
          what={t('proc.channel')}
          max={3}
          blank={(): ProcedureValues['channels'][number] => ({ channel: 'online', timeLimit: '', fee: '', note: '' })}
          renderRow={(channel, i, set) => (
            <>
              <Field name={`channels.${i}.channel`} label={t('proc.channelKind', { n: i + 1 })} error={errors[`channels.${i}.channel`]}>
                {(control) => (
                  <select {...control} value={channel.channel} onChange={(e) => set({ channel: submissionChannel.parse(e.target.value) })}>
                    <Options values={submissionChannel.options} label={(c) => CHANNEL_VI[c]} />
                  </select>
                )}
              </Field>
              <div className="field-row">
                <TextField name={`channels.${i}.timeLimit`} label={t('proc.channelTime')} value={channel.timeLimit} error={errors[`channels.${i}.timeLimit`]} onChange={(timeLimit) => set({ timeLimit })} />
                <TextField name={`channels.${i}.fee`} label={t('proc.channelFee')} value={channel.fee} error={errors[`channels.${i}.fee`]} onChange={(fee) => set({ fee })} />
              </div>
              <TextField name={`channels.${i}.note`} label={t('proc.channelNote')} value={channel.note} error={errors[`channels.${i}.note`]} onChange={(note) => set({ note })} />
            </>
          )}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section__title">{t('editor.sectionDossier')}</legend>
        <RowList
          {...listOf('dossier')}
          legend={t('detail.dossier')}
          what={t('proc.document')}
          max={60}
          blank={() => ({ group: '', document: '', originals: '1', copies: '0' })}
          renderRow={(row, i, set) => (
            <>
              <TextField name={`dossier.${i}.document`} label={t('proc.dossierDocument', { n: i + 1 })} rows={2} max={1000} value={row.document} error={errors[`dossier.${i}.document`]} onChange={(document) => set({ document })} />
              <div className="field-row">
                <TextField name={`dossier.${i}.originals`} label={t('proc.dossierOriginals')} className="field--narrow" inputMode="numeric" hint={i === 0 ? t('proc.dossierCountHint') : undefined} value={row.originals} error={errors[`dossier.${i}.originals`]} onChange={(originals) => set({ originals })} />
                <TextField name={`dossier.${i}.copies`} label={t('proc.dossierCopies')} className="field--narrow" inputMode="numeric" value={row.copies} error={errors[`dossier.${i}.copies`]} onChange={(copies) => set({ copies })} />
              </div>
              <TextField name={`dossier.${i}.group`} label={t('proc.dossierGroup')} value={row.group} error={errors[`dossier.${i}.group`]} onChange={(group) => set({ group })} />
            </>
          )}
        />
        {text('dossierSets', t('proc.dossierSets'), { max: 100 })}
        {text('dossierNote', t('proc.dossierNote'), { rows: 2, max: 1000 })}
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section__title">{t('editor.sectionLegal')}</legend>
        {text('timeLimit', t('proc.timeLimit'), { max: 500 })}
        {text('fees', t('proc.fees'), { max: 300 })}
        <div className="field-row">
          {text('resultName', t('proc.resultName'), { max: 500, path: 'result.name' })}
          {text('resultCode', t('proc.resultCode'), { max: 40, path: 'result.code' })}
        </div>
        {text('conditions', t('proc.conditions'), { rows: 3, max: 3000 })}
        <RowList
          {...listOf('forms')}
          legend={t('proc.forms')}
          what={t('proc.form')}
          max={20}
          blank={(): ProcedureValues['forms'][number] => ({ name: '', url: '', filledBy: 'applicant' })}
          renderRow={(row, i, set) => (
            <>
              {nameAndLink('forms', t('proc.formName', { n: i + 1 }), i, row, set)}
              <Field name={`forms.${i}.filledBy`} label={t('proc.formFilledBy')} error={errors[`forms.${i}.filledBy`]}>
                {(control) => (
                  <select {...control} value={row.filledBy} onChange={(e) => set({ filledBy: formFiller.parse(e.target.value) })}>
                    <Options values={formFiller.options} label={(f) => t(`proc.formFiller.${f}`)} />
                  </select>
                )}
              </Field>
            </>
          )}
        />
        <RowList
          {...listOf('resultTemplates')}
          legend={t('proc.resultTemplates')}
          what={t('proc.resultTemplate')}
          max={10}
          blank={() => ({ name: '', url: '' })}
          renderRow={(row, i, set) => nameAndLink('resultTemplates', t('proc.resultTemplateName', { n: i + 1 }), i, row, set)}
        />
        <RowList
          {...listOf('legalBasis')}
          legend={t('detail.legalBasis')}
          what={t('proc.legal')}
          max={30}
          blank={() => ({ number: '', title: '' })}
          renderRow={(row, i, set) => (
            <>
              <TextField name={`legalBasis.${i}.number`} label={t('proc.legalNumber', { n: i + 1 })} max={80} value={row.number} error={errors[`legalBasis.${i}.number`]} onChange={(number) => set({ number })} />
              <TextField name={`legalBasis.${i}.title`} label={t('proc.legalTitle')} rows={2} max={500} value={row.title} error={errors[`legalBasis.${i}.title`]} onChange={(title) => set({ title })} />
            </>
          )}
        />
        <div className="field-row">
          {text('decisionNumber', t('proc.decisionNumber'), { max: 80, path: 'publishingDecision.number' })}
          <DateField name="decisionDate" label={t('proc.decisionDate')} value={values.decisionDate} error={errorUnder(errors, 'publishingDecision.date')} onChange={(decisionDate) => update({ decisionDate })} />
        </div>
        <TextField
          name="portalUrl"
          label={t('proc.portalUrl')}
          hint={t('proc.portalUrlHint')}
          value={values.portalUrl}
          error={errors.portalUrl}
          onChange={(portalUrl) => update({ portalUrl })}
        />
        {text('notes', t('proc.notes'), { rows: 2, max: 2000 })}
        <DateField name="lastChecked" label={t('proc.lastChecked')} className="field--narrow" value={values.lastChecked} error={errors.lastChecked} onChange={(lastChecked) => update({ lastChecked })} />
      </fieldset>
    </>
  );

  return (
    <ContentEditorShell type="procedure" form={form} payload={procedurePayload(values)} sections={sections}>
      <TextField name="code" label={t('proc.code')} hint={t('proc.codeHint')} className="field--narrow" value={values.code} error={errors.code} onChange={(code) => update({ code })} />
      {text('name', t('proc.name'), { rows: 2, max: 500 })}
      {text('field', t('proc.field'), { max: 200 })}
      {text('procedureType', t('proc.procedureType'), { max: 200, hint: t('proc.procedureTypeHint') })}
      <div className="field-row">
        {text('level', t('proc.level'), { rows: 2, hint: t('proc.perLine') })}
        {text('applicants', t('proc.applicants'), { rows: 2, hint: t('proc.perLine') })}
      </div>
      {text('agency', t('proc.agency'), { rows: 2, max: 1000 })}
      {text('receivingAddress', t('proc.receivingAddress'), { max: 500 })}
      <div className="field-row">
        <Field name="standing" label={t('proc.standing')} error={errorUnder(errors, 'standing.state')}>
          {(control) => (
            <select {...control} value={values.standing} onChange={(e) => update({ standing: procedureStanding.parse(e.target.value) })}>
              <Options values={procedureStanding.options} label={(s) => t(`proc.standing.${s}`)} />
            </select>
          )}
        </Field>
        {values.standing === 'replaced' && text('replacedBy', t('proc.replacedBy'), { path: 'standing.replacedBy', hint: t('proc.codeHint') })}
      </div>
      {values.standing !== 'in-force' && text('standingNote', t('proc.standingNote'), { max: 500, path: 'standing.note', hint: t('proc.standingNoteHint') })}
    </ContentEditorShell>
  );
}
