import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { ApiFailure } from '../../api/http.ts';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18nContext.tsx';
import { useFailureMessage } from '../hooks/useFailureMessage.ts';
import { useLeaveGuard } from '../hooks/useLeaveGuard.ts';
import { detailsToErrors, type Checked, type FieldErrors } from './validation.ts';

export interface VersionedFormOptions<S, V> {
  /** The stored item being edited (null for a new one). Read once: later the form keeps its own copy. */
  stored: S | null;
  /** Form values for a stored item (or the defaults when null). */
  toValues: (stored: S | null) => V;
  /**
   * Set for forms saved with `baseVersion`: a 409 without field details means someone else saved first, and shows
   * this message with the "load the newest version" button (the office's edits stay on screen until they ask).
   */
  conflictMessage?: MessageKey;
  /** CSS scope of the form: the first invalid control in it takes focus after a refused save. */
  focusScope?: string;
  /** Ask before leaving with unsaved edits (on unless the page never did). */
  leaveGuard?: boolean;
  /** Summary shown when the client-side check fails (null: the field errors say it all). */
  invalidMessage?: MessageKey | null;
  /** Server field errors, adjusted before display (e.g. a translated "slug taken"). */
  mapErrors?: (errors: FieldErrors, failure: ApiFailure) => FieldErrors;
  /** Also told every form-level message (pages that report by toast rather than an inline alert). */
  onMessage?: (message: string) => void;
}

/** One save: check the values with the shared schema, maybe ask, send, and hand the stored result on. */
export interface SavePlan<S, V, I> {
  check: (values: V, stored: S | null) => Checked<I>;
  /** A last question before sending (false = the office changed its mind; nothing happens). */
  confirm?: (input: I) => Promise<boolean>;
  send: (input: I, stored: S | null) => Promise<S>;
  /** After the stored item has been adopted. */
  onSaved?: (saved: S) => void;
  /** What is being saved, for buttons that say which one is busy (defaults to 'save'). */
  label?: string;
  /** The summary when `check` refuses, if this save says it differently from the form's (e.g. "not sent for approval"). */
  invalidMessage?: MessageKey;
}

/**
 * The one form machine of the console: stored item, baseline, values, dirty check, field errors (from the shared
 * schema before sending, from the server's `details` after), version conflicts and the unsaved-changes guard.
 * After a save the stored item is adopted: the form shows what the server kept, and is clean again.
 */
export function useVersionedForm<S, V>(options: VersionedFormOptions<S, V>) {
  const { toValues, conflictMessage, focusScope = 'main', leaveGuard = true, invalidMessage = 'editor.fixErrors' } = options;
  const { t } = useI18n();
  const failureMessage = useFailureMessage();
  const [stored, setStored] = useState(options.stored);
  const [baseline, setBaseline] = useState(() => toValues(options.stored));
  const [values, setValues] = useState(baseline);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormErrorState] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState<string | null>(null);
  // The latest callbacks without re-creating adopt/fail on every render (callers pass inline functions).
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  useLeaveGuard(leaveGuard && dirty && saving === null);

  const setFormError = useCallback((message: string | null) => {
    setFormErrorState(message);
    if (message) latest.current.onMessage?.(message);
  }, []);

  const update = useCallback((patch: Partial<V>) => setValues((current) => ({ ...current, ...patch })), []);

  /** Show a stored version (after a save, or the newest one after a conflict): the form is clean again. */
  const adopt = useCallback((next: S) => {
    const nextValues = latest.current.toValues(next);
    setStored(next);
    setBaseline(nextValues);
    setValues(nextValues);
    setErrors({});
    setFormErrorState(null);
    setConflict(false);
  }, []);

  const refuse = (fieldErrors: FieldErrors, message: string | null) => {
    setErrors(fieldErrors);
    setFormError(message);
    if (Object.keys(fieldErrors).length > 0) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`${focusScope} [aria-invalid="true"]`)?.focus());
    }
  };

  /** A failed call: a version conflict, field errors from the server's details, or one sentence. */
  const fail = (error: unknown) => {
    if (error instanceof ApiFailure && error.code === 'CONFLICT' && error.details.length === 0 && conflictMessage) {
      setConflict(true);
      setFormError(t(conflictMessage));
      return;
    }
    const fieldErrors = error instanceof ApiFailure ? detailsToErrors(error.details) : {};
    const mapped = error instanceof ApiFailure && latest.current.mapErrors ? latest.current.mapErrors(fieldErrors, error) : fieldErrors;
    refuse(mapped, failureMessage(error));
  };

  /** Runs any call that stores a new version (save, archive, status change) with the same busy flag and failure path. */
  const run = async (label: string, call: () => Promise<S>, onSaved?: (saved: S) => void): Promise<boolean> => {
    setSaving(label);
    setErrors({});
    setFormErrorState(null);
    setConflict(false);
    try {
      const saved = await call();
      adopt(saved);
      onSaved?.(saved);
      return true;
    } catch (error) {
      fail(error);
      return false;
    } finally {
      setSaving(null);
    }
  };

  const submit = async <I>(plan: SavePlan<S, V, I>): Promise<boolean> => {
    const checked = plan.check(values, stored);
    if (!checked.ok) {
      setConflict(false);
      const summary = plan.invalidMessage ?? invalidMessage;
      refuse(checked.errors, summary && t(summary));
      return false;
    }
    if (plan.confirm && !(await plan.confirm(checked.input))) return false;
    return run(plan.label ?? 'save', () => plan.send(checked.input, stored), plan.onSaved);
  };

  /** Marks fields and shows a summary without saving (e.g. "what is still missing before I can submit?"). */
  const showErrors = (fieldErrors: FieldErrors, message: MessageKey) => {
    setConflict(false);
    refuse(fieldErrors, t(message));
  };

  return { stored, values, setValues, update, errors, formError, setFormError, conflict, saving, dirty, adopt, submit, run, fail, showErrors };
}

export type VersionedForm<S, V> = ReturnType<typeof useVersionedForm<S, V>>;
