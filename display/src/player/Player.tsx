import type { PublicContentItem } from '@bangtin/shared';
import { useEffect, type CSSProperties, type RefObject } from 'react';
import { FallbackSlide } from '../slides/FallbackSlide.tsx';
import { SlideView } from '../slides/SlideView.tsx';
import { RotationProgress } from '../frame/RotationProgress.tsx';
import { LayerContext } from './layerContext.ts';
import type { LayerRole } from './rotation.ts';
import { SlideErrorBoundary } from './SlideErrorBoundary.tsx';
import { useRotation } from './useRotation.ts';

interface Props {
  items: readonly PublicContentItem[];
  speed: number;
  /** Written here, read by the heartbeat: which slide is on screen. */
  currentSlideIdRef: RefObject<string | null>;
}

interface Layer {
  item: PublicContentItem;
  role: LayerRole;
}

/**
 * Plays the items in order. Three layers at most: the outgoing slide (fading out underneath), the active
 * one, and the next one rendered ahead at opacity 0, so images are decoded and pages measured before it
 * shows. Nothing is ever removed before its successor is fully opaque: no blank frames.
 */
export function Player({ items, speed, currentSlideIdRef }: Props) {
  const rotation = useRotation(items, speed);
  const { active, next, leaving, markFailed } = rotation;

  useEffect(() => {
    currentSlideIdRef.current = active?.id ?? null;
  }, [active, currentSlideIdRef]);

  const layers: Layer[] = [];
  if (leaving) layers.push({ item: leaving, role: 'leaving' });
  if (active) layers.push({ item: active, role: 'active' });
  if (next && next.id !== leaving?.id) layers.push({ item: next, role: 'next' });

  const fadeStyle = { '--fade-ms': `${rotation.fadeMs}ms` } as CSSProperties;
  return (
    <div className="player">
      <div className="stage" style={fadeStyle}>
      {!active && <FallbackSlide />}
      {layers.map(({ item, role }) => (
        <div
          key={item.id}
          className={`slide-layer slide-layer--${role}`}
          data-testid={role === 'active' ? 'slide' : undefined}
          data-slide-id={role === 'active' ? item.id : undefined}
          data-slide-type={role === 'active' ? item.type : undefined}
          aria-hidden={role === 'active' ? undefined : true}
        >
          <LayerContext value={{ role, startedAt: role === 'active' ? rotation.startedAt : 0, durationMs: rotation.durationMs }}>
            <SlideErrorBoundary key={item.version} onError={() => markFailed(item)}>
              <SlideView item={item} onFail={() => markFailed(item)} />
            </SlideErrorBoundary>
          </LayerContext>
        </div>
      ))}
      </div>
      {active && (
        <RotationProgress
          position={rotation.index + 1}
          count={rotation.count}
          cycleKey={`${active.id}:${rotation.startedAt}`}
          durationMs={rotation.durationMs}
        />
      )}
    </div>
  );
}
