import { formatShortDateVi } from '@bangtin/shared';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStrings } from '../i18n.ts';
import { useReceptionStrings } from './useReceptionStrings.ts';
import { ProcedureMeta } from '../slides/procedure/ProcedureMeta.tsx';
import { summarise } from './procedureSummary.ts';
import { SectionPanel, tabsOf, type SectionTab } from './ProcedureSections.tsx';
import { procedurePageUrl, SummaryBox } from './SummaryBox.tsx';
import type { Procedure } from './useCatalogue.ts';

interface Props {
  procedure: Procedure;
  /** This server's address as the public reaches it (the QR's fallback when no portal record is known). */
  publicBase: string;
}

/**
 * A procedure for a parent at the desk: the name, a summary of what matters with a QR to take it away, then the full
 * record in section tabs (Hồ sơ, Trình tự, Thời hạn, Phí, …) instead of one long scroll in the portal's order. Every
 * panel stays in the page (hidden) so printing gives the whole record.
 */
export function ProcedureDetail({ procedure: p, publicBase }: Props) {
  const t = useStrings();
  const r = useReceptionStrings().reception;
  const tabs = tabsOf(p);
  const [tab, setTab] = useState<SectionTab>(tabs[0] ?? 'dossier');
  const tabRefs = useRef(new Map<SectionTab, HTMLButtonElement>());
  const sectionsTop = useRef<HTMLDivElement>(null);
  const summary = useMemo(() => summarise(p), [p]);

  // A tab opens its panel in sight: the tab row comes to the top (below the fold in portrait, the panel would open
  // unseen and the tap would seem to do nothing).
  const choose = (next: SectionTab, focus = false) => {
    setTab(next);
    if (focus) tabRefs.current.get(next)?.focus({ preventScroll: true });
    sectionsTop.current?.scrollIntoView({ block: 'start' });
  };
  // Arrow keys move between tabs (WAI-ARIA tabs pattern); Home / End jump to the ends.
  const onTabKey = (event: KeyboardEvent) => {
    const at = tabs.indexOf(tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    choose(tabs[(to + tabs.length) % tabs.length] ?? tab, true);
  };

  return (
    <article className="rk-detail" data-testid="rk-detail" data-code={p.code}>
      <header className="rk-detail__head">
        <ProcedureMeta procedure={p} className="rk-detail__meta">
          {p.sample && <span className="rk-sample">{t.sample}</span>}
        </ProcedureMeta>
        <h2 className="rk-detail__name" data-testid="rk-detail-name">
          {p.name}
        </h2>
        {/* A procedure no longer in force says so before anything else, and where to go instead. */}
        {p.standing.state !== 'in-force' && (
          <p className="rk-standing" role="note" data-testid="rk-standing">
            {r.standing(p.standing.state, p.standing.replacedBy)}
            {p.standing.note && ` ${p.standing.note}`}
          </p>
        )}
      </header>

      <SummaryBox procedure={p} summary={summary} qrUrl={procedurePageUrl(p, publicBase)} onMore={(next) => choose(next)} />

      <div className="rk-detail__sections" ref={sectionsTop}>
        <div className="rk-tabs" role="tablist" aria-label={r.sectionsLabel} onKeyDown={onTabKey}>
          {tabs.map((id) => (
            <button
              key={id}
              ref={(el) => {
                if (el) tabRefs.current.set(id, el);
                else tabRefs.current.delete(id);
              }}
              type="button"
              role="tab"
              id={`rk-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`rk-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              className="rk-button rk-tab"
              onClick={() => choose(id)}
              data-testid={`rk-tab-${id}`}
            >
              {r.tab[id]}
            </button>
          ))}
        </div>
        {tabs.map((id) => (
          <div key={id} role="tabpanel" id={`rk-panel-${id}`} aria-labelledby={`rk-tab-${id}`} className="rk-tabpanel" hidden={tab !== id}>
            <SectionPanel tab={id} procedure={p} />
          </div>
        ))}
      </div>

      <footer className="rk-detail__source" data-testid="rk-source">
        {p.source && <p>{`${t.source}: ${p.source}`}</p>}
        <p>{`${t.lastChecked} ${formatShortDateVi(p.lastChecked)}`}</p>
      </footer>
    </article>
  );
}
