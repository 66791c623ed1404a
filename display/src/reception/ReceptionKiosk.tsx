import { publicBase, publicFeedback, type DisplaySnapshot } from '@bangtin/shared';
import { useCallback, useEffect, useRef, useState, type CSSProperties, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { useReceptionStrings } from './useReceptionStrings.ts';
import { HomeView } from './HomeView.tsx';
import { IdleCountdown } from './IdleCountdown.tsx';
import { KioskToolbar, TEXT_SCALES } from './KioskToolbar.tsx';
import { ProcedureDetail } from './ProcedureDetail.tsx';
import { reportFailedSearch, reportLookup } from './reportLookup.ts';
import { SearchView } from './SearchView.tsx';
import { useCatalogue } from './useCatalogue.ts';
import { KioskSurvey, SurveyOffer } from './survey/KioskSurvey.tsx';
import { QuizView } from './quiz/QuizView.tsx';
import { usePrefetchedQuiz } from './quiz/quizApi.ts';
import './reception.css';
import { unitBase } from '../route.ts';

export type KioskView =
  | { kind: 'attract' }
  | { kind: 'home' }
  | { kind: 'search' }
  | { kind: 'detail'; id: string; from: 'home' | 'search' }
  // The satisfaction survey offered at the end of a look-up (the procedure it follows, if any).
  | { kind: 'survey'; procedure: { code: string; name: string } | null }
  | { kind: 'quiz' };

/** How long after the waking finger lifts its click may still arrive. */
const GHOST_CLICK_MS = 500;

const backFrom = (view: KioskView): KioskView => {
  if (view.kind === 'detail') return { kind: view.from };
  if (view.kind === 'search' || view.kind === 'survey' || view.kind === 'quiz') return { kind: 'home' };
  return { kind: 'attract' };
};

interface Props {
  snapshot: DisplaySnapshot;
  /** The rotating player: the attract loop while nobody is using the kiosk. */
  attract: ReactNode;
}

/**
 * The reception look-up on an interactive screen. Nobody touching: the normal rotation plays, with a prompt. The first
 * touch, click or key opens the home grid; after `screen.idleSeconds` without activity (the last ten counted down on
 * screen, a touch keeps the page) it returns to the rotation and forgets the query and text size (the next parent
 * starts clean). Escape goes back one step.
 */
export function ReceptionKiosk({ snapshot, attract }: Props) {
  const t = useReceptionStrings().reception;
  const catalogue = useCatalogue(snapshot.catalogue);
  const [view, setView] = useState<KioskView>({ kind: 'attract' });
  const [query, setQuery] = useState('');
  const [scaleIndex, setScaleIndex] = useState(0);
  const viewRef = useRef<HTMLDivElement>(null);
  const interactive = view.kind !== 'attract';
  const slug = snapshot.screen.slug;
  // The quiz plays offline like the rest of the desk: its questions are fetched with each content change and kept.
  usePrefetchedQuiz(slug, snapshot.version);

  const deskPhone = publicFeedback(snapshot.school.feedback).lines.find((line) => line.key === 'phone')?.value ?? null;

  const reset = useCallback(() => {
    setView({ kind: 'attract' });
    setQuery('');
    setScaleIndex(0);
  }, []);

  // The look-up opens on the first finger down (a several-finger touch makes no click); several fingers at once only
  // repeat the same transition. The click that ends the waking touch would land on the new page, so a click from a
  // waking pointer is swallowed (Chromium's click is a PointerEvent carrying the pointer's id; a new tap has a new id).
  const wakingPointers = useRef(new Set<number>());
  const wake = useCallback(() => setView((v) => (v.kind === 'attract' ? { kind: 'home' } : v)), []);
  // A pointer whose click must be swallowed: the one that wakes the look-up, or dismisses the idle warning.
  const holdPointer = useCallback((event: ReactPointerEvent) => {
    wakingPointers.current.add(event.pointerId);
  }, []);
  const wakeByPointer = useCallback(
    (event: ReactPointerEvent) => {
      holdPointer(event);
      wake();
    },
    [holdPointer, wake],
  );
  useEffect(() => {
    const waking = wakingPointers.current;
    const timers = new Set<number>();
    const released = (event: PointerEvent) => {
      if (!waking.has(event.pointerId)) return;
      const timer = window.setTimeout(() => {
        waking.delete(event.pointerId);
        timers.delete(timer);
      }, GHOST_CLICK_MS);
      timers.add(timer);
    };
    const swallowGhostClick = (event: MouseEvent) => {
      if (event instanceof PointerEvent && waking.has(event.pointerId)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('pointerup', released, { capture: true, passive: true });
    window.addEventListener('pointercancel', released, { capture: true, passive: true });
    window.addEventListener('click', swallowGhostClick, { capture: true });
    return () => {
      for (const timer of timers) window.clearTimeout(timer);
      window.removeEventListener('pointerup', released, { capture: true });
      window.removeEventListener('pointercancel', released, { capture: true });
      window.removeEventListener('click', swallowGhostClick, { capture: true });
    };
  }, []);

  const open = useCallback(
    (id: string) => {
      setView((v) => ({ kind: 'detail', id, from: v.kind === 'search' ? 'search' : 'home' }));
      reportLookup(slug, id);
    },
    [slug],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!interactive) {
        event.preventDefault();
        wake();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        setView(backFrom);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [interactive, wake]);

  // Keyboard users land on the new page (the search box focuses itself).
  const viewKey = view.kind === 'detail' ? `detail:${view.id}` : view.kind;
  useEffect(() => {
    if (view.kind === 'home' || view.kind === 'detail') viewRef.current?.focus({ preventScroll: true });
  }, [viewKey, view.kind]);

  const procedure = view.kind === 'detail' ? catalogue.byId.get(view.id) : undefined;
  // The office withdrew the procedure while it was open: the home grid shows instead.
  const shown: KioskView['kind'] = view.kind === 'detail' && !procedure ? 'home' : view.kind;

  if (!interactive) {
    return (
      <div className="rk-attract" data-testid="rk-attract">
        {/* A touch anywhere on the rotation wakes the look-up; keys are handled on the window. */}
        <div className="rk-attract__stage" onPointerDown={wakeByPointer} data-testid="rk-attract-stage">
          {attract}
        </div>
        <button type="button" className="rk-wake" onPointerDown={wakeByPointer} onClick={wake} data-testid="rk-wake">
          <span className="rk-wake__prompt">
            <span className="rk-wake__hand" aria-hidden="true">
              ☝
            </span>
            {t.touchToStart}
          </span>
        </button>
      </div>
    );
  }

  return (
    <div
      className="rk"
      style={{ '--rs': TEXT_SCALES[scaleIndex] } as CSSProperties}
      data-testid="reception-kiosk"
      data-view={shown}
      data-idle-seconds={snapshot.screen.idleSeconds}
    >
      <KioskToolbar
        scaleIndex={scaleIndex}
        onScale={setScaleIndex}
        onBack={() => setView(backFrom)}
        onHome={shown === 'home' ? null : () => setView({ kind: 'home' })}
        onPrint={procedure ? () => window.print() : null}
      />
      {shown === 'home' && (
        <div className="rk-body" ref={viewRef} tabIndex={-1}>
          <HomeView catalogue={catalogue} onSearch={() => setView({ kind: 'search' })} onOpen={open} onQuiz={() => setView({ kind: 'quiz' })} />
        </div>
      )}
      {shown === 'search' && (
        <div className="rk-body">
          <SearchView
            catalogue={catalogue}
            query={query}
            onQuery={setQuery}
            onOpen={open}
            onBrowse={() => setView({ kind: 'home' })}
            onFailedSearch={(failed) => reportFailedSearch(slug, failed)}
            deskPhone={deskPhone}
          />
        </div>
      )}
      {shown === 'quiz' && (
        <div className="rk-body">
          <QuizView slug={slug} onHome={() => setView({ kind: 'home' })} />
        </div>
      )}
      {procedure && (
        // tabIndex 0: a scrollable region must be reachable (and scrollable with the arrow keys) by keyboard.
        <div key={procedure.id} className="rk-body rk-scroll" ref={viewRef} tabIndex={0} role="region" aria-label={procedure.name}>
          <ProcedureDetail procedure={procedure} publicBase={publicBase(snapshot.school.publicUrl, `${window.location.origin}${unitBase()}`)} />
          <SurveyOffer onStart={() => setView({ kind: 'survey', procedure: procedure.code ? { code: procedure.code, name: procedure.name } : null })} />
        </div>
      )}
      {shown === 'survey' && view.kind === 'survey' && (
        <div className="rk-body" ref={viewRef} tabIndex={-1}>
          <KioskSurvey slug={slug} procedure={view.procedure} onHome={() => setView({ kind: 'home' })} />
        </div>
      )}
      <IdleCountdown idleSeconds={snapshot.screen.idleSeconds} onIdle={reset} onHoldPointer={holdPointer} />
    </div>
  );
}
