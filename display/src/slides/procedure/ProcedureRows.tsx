import type { ReactNode } from 'react';

/** Small building blocks of procedure sections; each becomes one measurable, movable row. */

export function Paragraph({ children, className }: { children: ReactNode; className?: string }) {
  return <p className={`proc-text ${className ?? ''}`}>{children}</p>;
}

export function Bullet({ children }: { children: ReactNode }) {
  return <p className="proc-text proc-text--bullet">{children}</p>;
}

export function StepRow({ number, children }: { number: number | null; children: ReactNode }) {
  return (
    <div className={number === null ? 'proc-step proc-step--continued' : 'proc-step'}>
      <span className="proc-step__number" aria-hidden={number === null}>
        {number ?? ''}
      </span>
      <div className="proc-step__body">{children}</div>
    </div>
  );
}

export function DossierHeader({ document, originals, copies }: { document: string; originals: string; copies: string }) {
  return (
    <div className="proc-doc proc-doc--header">
      <span>{document}</span>
      <span className="proc-doc__count">{originals}</span>
      <span className="proc-doc__count">{copies}</span>
    </div>
  );
}

export function DossierRow({ number, document, originals, copies }: { number: number; document: string; originals: string; copies: string }) {
  return (
    <div className="proc-doc">
      <span>
        <span className="proc-doc__number">{number}.</span> {document}
      </span>
      <span className="proc-doc__count">{originals}</span>
      <span className="proc-doc__count">{copies}</span>
    </div>
  );
}

export function DossierGroup({ children }: { children: ReactNode }) {
  return <p className="proc-doc-group">{children}</p>;
}

/** Splits long text into paragraphs (and long paragraphs at sentence ends) so pages can break between them. */
export function paragraphsOf(text: string, maxChars = 360): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/).map((p) => p.trim()).filter(Boolean)) {
    if (paragraph.length <= maxChars) {
      out.push(paragraph);
      continue;
    }
    let chunk = '';
    for (const sentence of paragraph.split(/(?<=[.;:])\s+/)) {
      if (chunk && chunk.length + sentence.length + 1 > maxChars) {
        out.push(chunk);
        chunk = sentence;
      } else {
        chunk = chunk ? `${chunk} ${sentence}` : sentence;
      }
    }
    if (chunk) out.push(chunk);
  }
  return out;
}
