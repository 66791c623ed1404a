import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Announcement bodies are Markdown written by office staff. Rendered with `marked`, then sanitised:
 * no scripts, no event handlers (DOMPurify's default), no frames, forms, embedded objects or inline styles,
 * and no inline images (an announcement has its own checked image field; a broken one would show an icon).
 * This is the only HTML the display injects.
 */
const FORBID_TAGS = ['img', 'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'svg', 'math', 'video', 'audio'];
const FORBID_ATTR = ['style', 'srcset', 'target', 'formaction'];

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, { FORBID_TAGS, FORBID_ATTR, ALLOW_DATA_ATTR: false });
}
