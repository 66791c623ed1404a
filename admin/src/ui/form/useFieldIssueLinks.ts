import { useLayoutEffect, useState, type RefObject } from 'react';
import type { FieldErrors } from './validation.ts';

/** One refused field as the form-level banner lists it: the field's own label, its message, and a way to get there. */
export interface FieldIssueLink {
  label: string;
  message: string;
  focus: () => void;
}

/** The box a field error belongs to: a `Field` (label + control) or a `RowList` (legend + rows). */
const CONTAINER = '.field, .row-list';

function labelOf(container: Element): string {
  const label = container.querySelector(':scope > .field__label, :scope > legend');
  return (label?.textContent ?? '').trim();
}

/**
 * Reads the field errors the form is showing, in the order they appear on the page, so the banner can name each
 * one ("Mã thủ tục — Mã thủ tục có dạng 1.001622") and take the office straight to it. Reading the page rather
 * than the error paths keeps every editor's own labels (and nested rows) without a second table of names.
 */
export function useFieldIssueLinks(scope: RefObject<HTMLElement | null>, errors: FieldErrors): FieldIssueLink[] {
  const [links, setLinks] = useState<FieldIssueLink[]>([]);
  useLayoutEffect(() => {
    const root = scope.current;
    const found: FieldIssueLink[] = [];
    const shown = root && Object.keys(errors).length > 0 ? root.querySelectorAll<HTMLElement>('.field__error') : [];
    for (const error of shown) {
      const container = error.closest(CONTAINER);
      if (!container) continue;
      const target =
        container.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        container.querySelector<HTMLElement>('input, textarea, select, button');
      found.push({
        label: labelOf(container),
        message: (error.textContent ?? '').trim(),
        focus: () => {
          target?.scrollIntoView({ block: 'center' });
          target?.focus({ preventScroll: true });
        },
      });
    }
    // Read now (this commit's page), handed over on the next frame: the banner renders after the fields it names.
    const frame = requestAnimationFrame(() => setLinks(found));
    return () => cancelAnimationFrame(frame);
  }, [scope, errors]);
  return links;
}
