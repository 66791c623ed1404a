import {
  SURVEY_COMMENT_MAX,
  SURVEY_FACTOR_LABELS,
  SURVEY_FACTORS,
  SURVEY_LEVEL_LABELS,
  SURVEY_LEVELS,
  surveyInput,
  type SurveyFactor,
  type SurveyInput,
} from '@bangtin/shared';
import { choiceField, errorSummary, formText, textField } from '../forms.ts';
import { html, type SafeHtml } from '../html.ts';

/** What the form posts back when refused: the values to show again (as strings), field errors. */
export interface SurveyFormState {
  values: Partial<Record<SurveyFactor | 'comment' | 'procedureCode', string>>;
  errors: Record<string, string>;
}

const LABELS: Record<string, string> = {
  ...Object.fromEntries(SURVEY_FACTORS.map((f) => [f, SURVEY_FACTOR_LABELS[f].group])),
  comment: 'Ý kiến khác',
};
const LEVEL_OPTIONS = SURVEY_LEVELS.map((level) => ({ value: String(level), label: SURVEY_LEVEL_LABELS[level] ?? String(level) }));

/** Reads a posted form into the API's input, or says which fields need fixing (Vietnamese). */
export function readSurveyForm(body: unknown): SurveyFormState & { input: SurveyInput | null } {
  const values: SurveyFormState['values'] = {
    comment: formText(body, 'comment'),
    procedureCode: formText(body, 'procedureCode'),
  };
  const errors: Record<string, string> = {};
  const answers: Partial<Record<SurveyFactor, number>> = {};
  for (const factor of SURVEY_FACTORS) {
    const value = formText(body, factor);
    values[factor] = value;
    if (/^[1-5]$/.test(value)) answers[factor] = Number(value);
    else errors[factor] = 'Vui lòng chọn một mức đánh giá';
  }
  if ((values.comment ?? '').length > SURVEY_COMMENT_MAX) errors.comment = `Tối đa ${SURVEY_COMMENT_MAX} ký tự`;
  const parsed = surveyInput.safeParse({
    answers,
    ...(values.procedureCode ? { procedureCode: values.procedureCode } : {}),
    ...(values.comment?.trim() ? { comment: values.comment } : {}),
  });
  return { values, errors, input: Object.keys(errors).length === 0 && parsed.success ? parsed.data : null };
}

/** The form: five factors as five-level radio groups, an optional comment, the guard's hidden fields. */
export function surveyForm(state: SurveyFormState, guard: SafeHtml, procedure: { code: string; name: string } | null, action = '/khao-sat'): SafeHtml {
  const { values, errors } = state;
  return html`${errorSummary(errors, LABELS)}
<form method="post" action="${action}" novalidate>
${guard}${procedure ? html`<input type="hidden" name="procedureCode" value="${procedure.code}">` : ''}
${SURVEY_FACTORS.map((factor, i) =>
  choiceField({
    name: factor,
    legend: `${i + 1}. ${SURVEY_FACTOR_LABELS[factor].group}`,
    hint: SURVEY_FACTOR_LABELS[factor].question,
    options: LEVEL_OPTIONS,
    value: values[factor] ?? '',
    error: errors[factor],
    required: true,
  }),
)}
${textField({
  name: 'comment',
  label: LABELS.comment ?? '',
  rows: 4,
  maxlength: SURVEY_COMMENT_MAX,
  value: values.comment ?? '',
  error: errors.comment,
  hint: 'Chỉ nhà trường đọc; không hiển thị công khai. Xin đừng ghi họ tên, số điện thoại. Muốn được trả lời, hãy dùng mục Góp ý.',
})}
<p><button class="btn" type="submit">Gửi đánh giá</button></p>
</form>`;
}
