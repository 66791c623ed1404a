import { INDEX_VI } from '../labels.ts';
import type { PublicContentItem } from '../schemas/content.ts';
import type { Screen } from '../schemas/screen.ts';
import { procedureSummaryText } from './procedureSummary.ts';

/**
 * Dwell-time rule: a slide stays up at least as long as its text takes to read.
 * We count 2.5 words (Vietnamese syllables) per second — a slow, glance-from-the-gate pace — plus 3 s to
 * find the start, never less than 8 s, and never more than 120 s for one slide.
 */
export const READING_WORDS_PER_SECOND = 2.5;
export const MIN_SLIDE_SECONDS = 8;
export const MAX_SLIDE_SECONDS = 120;

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return words.length;
}

export function slideText(item: PublicContentItem): string {
  switch (item.type) {
    case 'slogan':
      return `${item.text} ${item.attribution}`;
    case 'announcement':
      return `${item.title} ${item.body}`;
    case 'commendation':
      return `${item.name} ${item.achievement}`;
    case 'qr':
      return `${item.title} ${item.caption}`;
    case 'image':
      return item.caption;
    case 'didYouKnow':
      return `Bạn có biết? ${item.question} Đáp án: ${item.answer} ${item.explanation}`;
    case 'video':
      return item.title;
    case 'indexResult':
      // The slide's sentence ("Hà Nội xếp thứ 3/63 về … năm 2024, đạt 92,57%, tăng 1,14 điểm so với năm 2023"), its figures and note.
      return [
        `${INDEX_VI[item.index].short} ${item.year} ${item.scope} xếp thứ ${item.rank ?? ''} về ${INDEX_VI[item.index].name} năm ${item.year}`,
        item.score === null ? '' : `đạt ${item.score}`,
        item.group,
        item.changePoints === null && item.changePlaces === null ? '' : 'tăng so với năm trước',
        item.note,
      ].join(' ');
    case 'procedure':
      return [
        item.name,
        ...item.steps.map((s) => `${s.description} ${s.timeLimit}`),
        ...item.dossier.map((d) => d.document),
        item.timeLimit,
        item.fees,
        ...item.legalBasis.map((l) => `${l.number} ${l.title}`),
      ].join(' ');
  }
}

/** The bounds the school sets in Settings (default 8–120 s). */
export interface ReadingBounds {
  minSeconds: number;
  maxSeconds: number;
}
const DEFAULT_BOUNDS: ReadingBounds = { minSeconds: MIN_SLIDE_SECONDS, maxSeconds: MAX_SLIDE_SECONDS };

export function readingSeconds(text: string, bounds: ReadingBounds = DEFAULT_BOUNDS): number {
  const seconds = Math.ceil(countWords(text) / READING_WORDS_PER_SECOND) + 3;
  return Math.min(bounds.maxSeconds, Math.max(bounds.minSeconds, seconds));
}

/**
 * The explicit duration when set; otherwise the reading time of the slide's text, within the school's bounds. On a
 * screen of another profile than reception a procedure is its one-slide summary, so its summary is what is timed.
 */
export function slideSeconds(item: PublicContentItem, bounds: ReadingBounds = DEFAULT_BOUNDS, profile?: Screen['profile']): number {
  // A video's time is the file's, never a reading time or a set number of seconds (that would cut it or hold a still).
  if (item.type === 'video') return videoSlideSeconds(item);
  if (item.durationSeconds !== null) return item.durationSeconds;
  const summary = item.type === 'procedure' && profile !== undefined && profile !== 'reception';
  return readingSeconds(summary ? procedureSummaryText(item) : slideText(item), bounds);
}

/** A video slide on screen: its length times the number of plays, whole seconds up (the plan counts in seconds). */
export function videoSlideSeconds(item: { videoSeconds: number; plays: number }): number {
  return Math.ceil(item.videoSeconds * item.plays);
}
