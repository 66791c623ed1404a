import type { ProofEntry, PublicContentItem } from '@bangtin/shared';
import { useCallback, useEffect, type CSSProperties, type RefObject } from 'react';
import { RotationProgress } from '../frame/RotationProgress.tsx';
import { FallbackSlide } from '../slides/FallbackSlide.tsx';
import { SlideView } from '../slides/SlideView.tsx';
import { LayerContext } from './layerContext.ts';
import { failureKey, type LayerRole } from './rotation.ts';
import { SlideErrorBoundary } from './SlideErrorBoundary.tsx';
import { useRotation } from './useRotation.ts';
import { useStepLog } from './useStepLog.ts';

/** What the remote commands may do to the rotation. */
export interface PlayerControls {
  next: () => void;
  previous: () => void;
}

interface Props {
  items: readonly PublicContentItem[];
  speed: number;
  /** Written here, read by the heartbeat: which slide is on screen. */
  currentSlideIdRef: RefObject<string | null>;
  /** Filled here: next / previous for remote commands. */
  controlsRef?: RefObject<PlayerControls | null>;
  /** Proof of display: one entry per step (slide or page) that left the screen. */
  onStepEnd?: (entry: ProofEntry) => void;
  /** Runs just before the slide changes: the one moment the kiosk may reload. */
  onSlideBoundary?: () => void;
}

interface LayerProps {
  item: PublicContentItem;
  role: LayerRole;
  page: number;
  reportPageCount: (itemKey: string, pages: number) => void;
  markFailed: (item: PublicContentItem) => void;
  finish: () => void;
  stepStartedAt: number;
}

const noop = () => undefined;

function SlideLayer({ item, role, page, reportPageCount, markFailed, finish, stepStartedAt }: LayerProps) {
  const itemKey = failureKey(item);
  const report = useCallback((pages: number) => reportPageCount(itemKey, pages), [reportPageCount, itemKey]);
  const fail = useCallback(() => markFailed(item), [markFailed, item]);
  const active = role === 'active';
  return (
    <div
      className={`slide-layer slide-layer--${role}`}
      data-testid={active ? 'slide' : undefined}
      data-slide-id={active ? item.id : undefined}
      data-slide-type={active ? item.type : undefined}
      data-slide-page={active ? page : undefined}
      aria-hidden={active ? undefined : true}
    >
      <LayerContext value={{ role, page, reportPageCount: report, finish: active ? finish : noop, stepStartedAt: active ? stepStartedAt : 0 }}>
        <SlideErrorBoundary key={item.version} onError={fail}>
          <SlideView item={item} onFail={fail} />
        </SlideErrorBoundary>
      </LayerContext>
    </div>
  );
}

/**
 * Plays the items in order. Three layers at most: the outgoing slide (fading out underneath), the active
 * one, and the next one rendered ahead at opacity 0, so images are decoded and pages measured before it
 * shows. Nothing is ever removed before its successor is fully opaque: no blank frames.
 */
export function Player({ items, speed, currentSlideIdRef, controlsRef, onStepEnd, onSlideBoundary }: Props) {
  const rotation = useRotation(items, speed, onSlideBoundary);
  const { active, next, leaving, page, markFailed, reportPageCount, step } = rotation;
  useStepLog(active, page, rotation.stepStartedAt, onStepEnd);

  useEffect(() => {
    currentSlideIdRef.current = active?.id ?? null;
  }, [active, currentSlideIdRef]);

  useEffect(() => {
    if (!controlsRef) return;
    controlsRef.current = { next: () => step(1), previous: () => step(-1) };
    return () => {
      controlsRef.current = null;
    };
  }, [controlsRef, step]);

  const layers: { item: PublicContentItem; role: LayerRole; page: number }[] = [];
  if (leaving) layers.push({ item: leaving.item, role: 'leaving', page: leaving.page });
  if (active) layers.push({ item: active, role: 'active', page });
  if (next && next.id !== leaving?.item.id) layers.push({ item: next, role: 'next', page: 0 });

  const finish = useCallback(() => step(1), [step]);
  const fadeStyle = { '--fade-ms': `${rotation.fadeMs}ms` } as CSSProperties;
  return (
    <div className="player">
      <div className="stage" style={fadeStyle}>
        {!active && <FallbackSlide />}
        {layers.map((layer) => (
          <SlideLayer key={layer.item.id} {...layer} reportPageCount={reportPageCount} markFailed={markFailed} finish={finish} stepStartedAt={rotation.stepStartedAt} />
        ))}
      </div>
      {active && (
        <RotationProgress
          position={rotation.index + 1}
          count={rotation.count}
          cycleKey={`${active.id}:${rotation.stepStartedAt}`}
          durationMs={rotation.durationMs}
          offsetMs={page * rotation.stepMs}
        />
      )}
    </div>
  );
}
