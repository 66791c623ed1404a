import type { Screen } from '@bangtin/shared';
import type { MetaValues } from '../formValues.ts';
import type { FieldErrors } from '../../ui/form/validation.ts';
import { useI18n } from '../../i18nContext.tsx';
import { Field } from '../../ui/form/Field.tsx';
import { ScreensPicker } from '../../ui/form/ScreensPicker.tsx';
import { DateField } from '../../ui/date/DateField.tsx';
import { SlideSecondsField } from '../../ui/form/SlideSecondsField.tsx';
import { AreaChips } from '../../areas/AreaChips.tsx';
import { useAreas } from '../../areas/useAreas.ts';
import { WardAudience } from '../../units/audience/WardAudience.tsx';

interface MetaFieldsProps {
  values: MetaValues;
  errors: FieldErrors;
  onChange: (patch: Partial<MetaValues>) => void;
  /** What "automatic" means for this text right now (shared reading-time rule). */
  autoSeconds: number;
  screens: Screen[] | null;
  /** The slide times itself (a video: its length × plays); no seconds to type. */
  fixedSeconds?: boolean;
}

/** Source, validity, duration, screens and the sample-data flag: the same block in every content editor. */
export function MetaFields({ values, errors, onChange, autoSeconds, screens, fixedSeconds = false }: MetaFieldsProps) {
  const { t } = useI18n();
  const { areas } = useAreas();
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{t('editor.sectionDisplay')}</legend>
      <AreaChips value={values.areas} areas={areas} error={errors.areas} onChange={(next) => onChange({ areas: next })} />
      <Field name="source" label={t('field.source')} hint={t('field.sourceHint')} error={errors.source}>
        {(control) => <input {...control} type="text" value={values.source} onChange={(e) => onChange({ source: e.target.value })} />}
      </Field>
      <div className="field-row">
        <DateField name="validFrom" label={t('field.validFrom')} hint={t('field.validityHint')} error={errors.validFrom} value={values.validFrom} onChange={(validFrom) => onChange({ validFrom })} />
        <DateField name="validUntil" label={t('field.validUntil')} error={errors.validUntil} min={values.validFrom || undefined} value={values.validUntil} onChange={(validUntil) => onChange({ validUntil })} />
      </div>
      {!fixedSeconds && (
        <SlideSecondsField
          hint={t('field.durationAuto', { seconds: autoSeconds })}
          error={errors.durationSeconds}
          className="field--narrow"
          step={1}
          placeholder={String(autoSeconds)}
          value={values.durationSeconds}
          onChange={(durationSeconds) => onChange({ durationSeconds })}
        />
      )}
      <ScreensPicker value={values.screens} screens={screens} error={errors.screens} onChange={(screens) => onChange({ screens })} />
      <WardAudience value={values.audience} error={errors.audience} onChange={(audience) => onChange({ audience })} />
      <label className="choice choice--standalone">
        <input type="checkbox" checked={values.sample} onChange={(e) => onChange({ sample: e.target.checked })} data-testid="field-sample" />
        <span>{t('field.sample')}</span>
      </label>
    </fieldset>
  );
}
