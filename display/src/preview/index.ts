/**
 * What the office console may use from the display: the slide preview and the stylesheet it needs.
 * `@bangtin/display/preview` is the only display entry the console imports (ESLint enforces it).
 */
import base from '../styles/base.css?inline';
import fonts from '@bangtin/shared/fonts.css?inline';
import frame from '../styles/frame.css?inline';
import indexResult from '../styles/index-result.css?inline';
import notices from '../styles/notices.css?inline';
import player from '../styles/player.css?inline';
import procedure from '../styles/procedure.css?inline';
import slides from '../styles/slides.css?inline';
import themes from '../styles/themes.css?inline';
import didYouKnow from '../slides/didYouKnow.css?inline';

export { SlidePreview, type SlidePreviewProps } from './SlidePreview.tsx';
export type { Lang } from '../i18n.ts';
/** The kiosk's Markdown → sanitised HTML, so the approval card reads as the screen will. */
export { renderMarkdown } from '../slides/markdown.ts';

/** The kiosk's styles (as main.tsx loads them), for the preview's own document; kiosk.css (cursor, overlays) is left out. */
export const previewCss = [fonts, base, frame, player, slides, themes, notices, indexResult, procedure, didYouKnow].join('\n');
