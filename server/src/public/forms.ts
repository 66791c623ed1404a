import express from 'express';
import { html, raw, type SafeHtml } from './html.ts';

/** `<form method="post">` bodies (no JavaScript needed): urlencoded, small, flat. */
export const parseForm = express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 200 });

/** A posted form field as one string ('' when absent or repeated oddly), NFC like everything we store. */
export function formText(body: unknown, name: string): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value.normalize('NFC') : '';
}

export interface TextFieldOptions {
  name: string;
  label: string;
  value?: string;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'search' | 'url' | 'number';
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  /** Renders a textarea with this many rows. */
  rows?: number;
  maxlength?: number;
}

/** Label, hint, error and control wired together (aria-describedby, aria-invalid) the way screen readers expect. */
export function textField(o: TextFieldOptions): SafeHtml {
  const id = `f-${o.name}`;
  const described = [o.hint && `${id}-hint`, o.error && `${id}-error`].filter(Boolean).join(' ');
  const attrs = [
    html` id="${id}" name="${o.name}"`,
    o.required ? raw(' required') : '',
    o.autocomplete ? html` autocomplete="${o.autocomplete}"` : '',
    o.inputmode ? html` inputmode="${o.inputmode}"` : '',
    o.maxlength ? html` maxlength="${o.maxlength}"` : '',
    described ? html` aria-describedby="${described}"` : '',
    o.error ? raw(' aria-invalid="true"') : '',
  ];
  const control = o.rows
    ? html`<textarea${attrs} rows="${o.rows}">${o.value ?? ''}</textarea>`
    : html`<input type="${o.type ?? 'text'}"${attrs} value="${o.value ?? ''}">`;
  return html`<div class="field${o.error ? ' field--invalid' : ''}">
<label for="${id}">${o.label}${o.required ? '' : html` <span class="muted">(không bắt buộc)</span>`}</label>
${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}${o.error ? html`<p class="error" id="${id}-error">${o.error}</p>` : ''}${control}
</div>`;
}

export interface ChoiceFieldOptions {
  name: string;
  legend: string;
  options: readonly { value: string; label: string; hint?: string }[];
  value?: string | readonly string[];
  error?: string | undefined;
  hint?: string;
  type?: 'radio' | 'checkbox';
  required?: boolean;
}

/** A fieldset of radios or checkboxes, each a large touch target. */
export function choiceField(o: ChoiceFieldOptions): SafeHtml {
  const id = `f-${o.name}`;
  const chosen = new Set(typeof o.value === 'string' ? [o.value] : (o.value ?? []));
  const described = [o.hint && `${id}-hint`, o.error && `${id}-error`].filter(Boolean).join(' ');
  const items = o.options.map(
    (option, i) => html`<label class="choice"><input type="${o.type ?? 'radio'}" name="${o.name}" value="${option.value}"${
      i === 0 ? html` id="${id}"` : ''
    }${chosen.has(option.value) ? raw(' checked') : ''}${o.required && o.type !== 'checkbox' ? raw(' required') : ''}><span>${option.label}${
      option.hint ? html`<span class="hint muted">${option.hint}</span>` : ''
    }</span></label>`,
  );
  return html`<fieldset class="field${o.error ? ' field--invalid' : ''}"${described ? html` aria-describedby="${described}"` : ''}>
<legend>${o.legend}</legend>
${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}${o.error ? html`<p class="error" id="${id}-error">${o.error}</p>` : ''}<div class="choices">${items}</div>
</fieldset>`;
}

/** The list of problems at the top of a refused form, each linking to its field (focus it first for screen readers). */
export function errorSummary(errors: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): SafeHtml {
  const entries = Object.entries(errors);
  if (entries.length === 0) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="loi">
<h2>Vui lòng sửa ${entries.length} mục trước khi gửi</h2>
<ul>${entries.map(([name, message]) => html`<li><a href="#f-${name}">${labels[name] ? `${labels[name]}: ` : ''}${message}</a></li>`)}</ul>
</div>`;
}
