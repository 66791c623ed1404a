import { formatShortDateVi, type PublicContentOf } from '@bangtin/shared';
import { useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { useStrings } from '../../i18n.ts';
import { useActiveTestId } from '../../player/layerContext.ts';
import { SlideShell } from '../SlideShell.tsx';
import type { Page } from './paginate.ts';
import { ProcedureMeta } from './ProcedureMeta.tsx';
import { procedureSections, type ProcedureSection } from './procedureSections.tsx';
import { usePageIndex } from './usePageIndex.ts';
import { useProcedurePages } from './useProcedurePages.ts';

/** Names longer than this (about two lines on a portrait screen) are set smaller. */
const LONG_NAME_CHARS = 110;

function Heading({ title, continued }: { title: string; continued: boolean }) {
  const t = useStrings();
  return (
    <h3 className="proc-heading">
      {title}
      {continued && <span className="proc-heading__continued"> {t.continued}</span>}
    </h3>
  );
}

/** Every movable piece is wrapped the same way in the measuring copy and on the page, so heights agree. */
const Atom = ({ children, measure }: { children: ReactNode; measure?: string }) => (
  <div className="proc-atom" data-measure={measure}>
    {children}
  </div>
);

function MeasuringCopy({ sections }: { sections: ProcedureSection[] }) {
  return (
    <>
      {sections.map((section, s) => (
        <div key={section.key}>
          <Atom measure={`heading:${s}`}>
            <Heading title={section.title} continued={false} />
          </Atom>
          <Atom measure={`continued:${s}`}>
            <Heading title={section.title} continued />
          </Atom>
          {section.repeat && <Atom measure={`repeat:${s}`}>{section.repeat}</Atom>}
          {section.rows.map((row, r) => (
            <Atom key={row.key} measure={`row:${s}:${r}`}>
              {row.node}
            </Atom>
          ))}
        </div>
      ))}
    </>
  );
}

function PageView({ page, sections, current }: { page: Page; sections: ProcedureSection[]; current: boolean }) {
  return (
    <div className={current ? 'proc-page proc-page--current' : 'proc-page'} aria-hidden={!current}>
      {page.map((column, c) => (
        <div className="proc-column" key={c}>
          {column.map((slice) => {
            const section = sections[slice.section];
            if (!section) return null;
            return [
              <Atom key={`${section.key}-h-${slice.from}`}>
                <Heading title={section.title} continued={slice.continued} />
              </Atom>,
              section.repeat ? <Atom key={`${section.key}-r-${slice.from}`}>{section.repeat}</Atom> : null,
              ...section.rows.slice(slice.from, slice.to).map((row) => <Atom key={row.key}>{row.node}</Atom>),
            ];
          })}
        </div>
      ))}
    </div>
  );
}

/**
 * A procedure (TTHC) laid out in columns (three on a wide reception screen, one in portrait) and split into
 * pages when it does not fit, each page shown for its share of the slide's time with "Trang 2/3".
 */
export function ProcedureSlide({ item }: { item: PublicContentOf<'procedure'> }) {
  const t = useStrings();
  const pageTestId = useActiveTestId('page-indicator');
  const sections = useMemo(() => procedureSections(item, t), [item, t]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const keepWithNext = useMemo(() => sections.map((section) => section.rows.map((row) => Boolean(row.keepWithNext))), [sections]);
  const { geometry, pages, measuring } = useProcedurePages(bodyRef, measureRef, keepWithNext);
  const pageCount = pages?.length ?? 1;
  const page = usePageIndex(pageCount);
  const columnsStyle = { '--proc-columns': geometry?.columns ?? 1 } as CSSProperties;

  return (
    <SlideShell item={item} className="paper">
      <div className="procedure">
        <header className="procedure__head">
          <ProcedureMeta procedure={item} className="procedure__meta" />
          <h2 className={item.name.length > LONG_NAME_CHARS ? 'procedure__name procedure__name--long' : 'procedure__name'}>{item.name}</h2>
        </header>
        <div className="procedure__body" ref={bodyRef} style={columnsStyle}>
          {measuring && geometry && (
            <div className="proc-measure" ref={measureRef} style={{ width: geometry.columnWidth }} aria-hidden="true">
              <MeasuringCopy sections={sections} />
            </div>
          )}
          {pages?.map((p, i) => <PageView key={i} page={p} sections={sections} current={i === page} />)}
        </div>
        <footer className="procedure__foot">
          <span>
            {t.lastChecked} {formatShortDateVi(item.lastChecked)}
          </span>
          {pageCount > 1 && (
            <span className="page-indicator" data-testid={pageTestId}>
              {t.pageOf(page + 1, pageCount)}
            </span>
          )}
        </footer>
      </div>
    </SlideShell>
  );
}
