import { Marked, type Tokens } from 'marked';
import { keepTogetherHtml } from '@bangtin/shared';
import { officeLink } from '../context.ts';
import { escapeHtml, raw, type SafeHtml } from '../html.ts';

/**
 * Announcement bodies (Markdown written by office staff) on the public pages, parsed as the display parses them
 * (marked, GFM, no soft breaks) but made safe without a DOM: every piece of raw HTML in the source is shown as text,
 * inline images become their alt text (an announcement has its own checked image field, as on the display), and links
 * keep only http(s), mailto, tel and site-relative targets. Marked escapes all other text itself. Then the display's
 * line-break rules ("ngày 20/10/2025", "Nghị định số 20/2008/NĐ-CP" stay on one line). A site-relative link ("/gop-y")
 * names a page of the unit's own site, so a child unit's base goes in front of it (not before the shared `/media/…`).
 */
const SAFE_HREF = /^(https?:|mailto:|tel:|\/(?![/\\]))/i;

function createMarked(base: string): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
      image({ text }: Tokens.Image) {
        return escapeHtml(text);
      },
      link(this: { parser: { parseInline(tokens: Tokens.Link['tokens']): string } }, { href, title, tokens }: Tokens.Link) {
        const label = this.parser.parseInline(tokens);
        const target = href.trim();
        if (!SAFE_HREF.test(target)) return label;
        const linked = officeLink(target, base);
        return `<a href="${escapeHtml(linked)}"${title ? ` title="${escapeHtml(title)}"` : ''} rel="nofollow noopener">${label}</a>`;
      },
    },
  });
}

/** One parser per unit base (a handful of units; the renderer needs the base for links). */
const parsers = new Map<string, Marked>();

export function renderMarkdown(source: string, base = ''): SafeHtml {
  let marked = parsers.get(base);
  if (!marked) parsers.set(base, (marked = createMarked(base)));
  const rendered = marked.parse(source, { async: false });
  return raw(keepTogetherHtml(rendered));
}
