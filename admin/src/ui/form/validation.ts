import type { contentInput, FieldIssue } from '@bangtin/shared';
import type { MessageKey, Params } from '../../i18n.ts';

/** Field path ("text", "validUntil", "steps.0.description") → the message shown under that input. */
export type FieldErrors = Record<string, string>;

type Translate = (key: MessageKey, params?: Params) => string;
type ParseParams = NonNullable<Parameters<typeof contentInput.safeParse>[1]>;
type ErrorMap = NonNullable<ParseParams['error']>;
type RawIssue = Parameters<ErrorMap>[0];

/**
 * Messages for zod's built-in checks in the console's language. Messages written into the shared schemas
 * (regex and refine texts, already Vietnamese) take precedence over this map, as zod intends.
 */
function issueMessage(issue: RawIssue, t: Translate): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return t('validation.required');
      return t('validation.min', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: String(issue.maximum) });
      return t('validation.max', { max: String(issue.maximum) });
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return t('validation.number');
      if (issue.input === undefined || issue.input === '') return t('validation.required');
      return t('validation.invalid');
    case 'invalid_format':
      return issue.format === 'date' ? t('validation.date') : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

function collect(issues: readonly { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path] ??= issue.message; // the first problem per field is enough
  return errors;
}

/** Any shared zod schema: parsed with the console's messages for zod's built-in checks. */
interface Schema<T> {
  safeParse(
    value: unknown,
    params?: ParseParams,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export type Checked<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

type Parsed<T> = ReturnType<Schema<T>['safeParse']>;

function outcome<T>(result: Parsed<T>): Checked<T> {
  if (result.success) return { ok: true, input: result.data };
  return {
    ok: false,
    errors: collect(result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))),
  };
}

/** The same schema the server applies, run before sending so mistakes show at once and next to the input. */
export const validateWith = <T,>(schema: Schema<T>, candidate: unknown, t: Translate): Checked<T> =>
  outcome(schema.safeParse(candidate, { error: (issue) => issueMessage(issue, t) }));

/** The schema's own messages as they are (pages that never mapped zod's built-in checks to the console's words). */
export const checkWith = <T,>(schema: Schema<T>, candidate: unknown): Checked<T> => outcome(schema.safeParse(candidate));

/** The server's `details` (already field paths with Vietnamese messages) in the same shape. */
export const detailsToErrors = (details: readonly FieldIssue[]): FieldErrors => collect(details);

/** A refused parse in one line ("a · b"), for forms that mark no single field (settings lists, tables of figures). */
export const issuesText = (issues: readonly { path: readonly PropertyKey[]; message: string }[], say: (issue: { path: readonly PropertyKey[]; message: string }) => string = (issue) => issue.message) =>
  issues.map(say).join(' · ');
