import type { CSSProperties } from 'react';
import { useStrings } from '../i18n.ts';

interface Props {
  /** 1-based position of the active slide. */
  position: number;
  count: number;
  /** Changes when a step (slide or page) starts, restarting the fill animation. */
  cycleKey: string;
  /** The whole slide's time. */
  durationMs: number;
  /** How much of the slide had passed when this step started (earlier pages of a paged slide). */
  offsetMs: number;
}

/** Up to this many slides get one segment each; longer playlists get a single bar. */
const MAX_SEGMENTS = 24;

/** A thin segmented bar: done, filling (CSS animation over the slide's duration), to come. */
export function RotationProgress({ position, count, cycleKey, durationMs, offsetMs }: Props) {
  const t = useStrings();
  const segments = count <= MAX_SEGMENTS ? count : 1;
  // A negative delay starts the fill part-way, so a paged slide's bar runs on across its pages.
  const fillStyle = { animationDuration: `${durationMs}ms`, animationDelay: `${-offsetMs}ms` } as CSSProperties;
  return (
    <div className="rotation-progress" data-testid="rotation-progress" aria-hidden="true">
      <div className="rotation-progress__segments">
        {Array.from({ length: segments }, (_, i) => {
          const current = segments === 1 || i === position - 1;
          const done = segments > 1 && i < position - 1;
          return (
            <span key={i} className={done ? 'segment segment--done' : 'segment'}>
              {current && <span key={cycleKey} className="segment__fill" style={fillStyle} />}
            </span>
          );
        })}
      </div>
      <span className="rotation-progress__count">{t.slideOf(position, count)}</span>
    </div>
  );
}
