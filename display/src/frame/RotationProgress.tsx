import type { CSSProperties } from 'react';
import { useStrings } from '../i18n.ts';

interface Props {
  /** 1-based position of the active slide. */
  position: number;
  count: number;
  /** Changes when a slide (re)starts, restarting the fill animation. */
  cycleKey: string;
  durationMs: number;
}

/** Up to this many slides get one segment each; longer playlists get a single bar. */
const MAX_SEGMENTS = 24;

/** A thin segmented bar: done, filling (CSS animation over the slide's duration), to come. */
export function RotationProgress({ position, count, cycleKey, durationMs }: Props) {
  const t = useStrings();
  const segments = count <= MAX_SEGMENTS ? count : 1;
  const fillStyle = { animationDuration: `${durationMs}ms` } as CSSProperties;
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
