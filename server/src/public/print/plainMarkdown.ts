import { keepTogether } from '@bangtin/shared';
import { officeLink } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';

/**
 * Announcement bodies are Markdown written by the office. The screens render them with marked + DOMPurify in the
 * browser; the server has neither (and no DOM to sanitise with), so paper gets the subset notices use — paragraphs,
 * "-"/"*" and "1." lists, "#" headings, **bold** and *italic* — built with the escaping `html` template, so nothing
 * typed can become markup. A link prints as its text followed by its address: paper cannot be clicked. A page of the
 * unit's own site ("/gop-y") prints with the unit's base in front, as the pages link it (`base`: '' at the root).
 */
export function markdownForPrint(source: string, base = ''): SafeHtml {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  return html`${blocks.map((text) => block(text, base))}`;
}

const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;
const HEADING = /^(#{1,6})\s+(.*)$/;

function block(text: string, base: string): SafeHtml | '' {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const first = lines[0];
  if (first === undefined) return '';
  const heading = lines.length === 1 ? HEADING.exec(first.trim()) : null;
  if (heading) return html`<h2>${inline(heading[2] ?? '', base)}</h2>`;
  if (lines.every((line) => BULLET.test(line))) return html`<ul>${lines.map((line) => html`<li>${inline(line.replace(BULLET, ''), base)}</li>`)}</ul>`;
  if (lines.every((line) => NUMBERED.test(line))) return html`<ol>${lines.map((line) => html`<li>${inline(line.replace(NUMBERED, ''), base)}</li>`)}</ol>`;
  return html`<p>${inline(lines.map((line) => line.trim()).join(' '), base)}</p>`;
}

/** **bold**, *italic* / _italic_, [text](address) → "text (address)"; everything else stays text. */
function inline(text: string, base: string): SafeHtml {
  const linked = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_all, label: string, address: string) =>
    `${label} (${officeLink(address, base)})`,
  );
  const parts = linked.split(/(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|_[^_\s][^_]*_)/g);
  return html`${parts.map((part) => {
    if (/^\*\*[^*]+\*\*$/.test(part)) return html`<strong>${keepTogether(part.slice(2, -2))}</strong>`;
    if (/^(\*[^*]+\*|_[^_]+_)$/.test(part)) return html`<em>${keepTogether(part.slice(1, -1))}</em>`;
    return keepTogether(part);
  })}`;
}
