import type { ReactNode } from 'react';
import { useStrings } from '../i18n.ts';
import { useReceptionStrings } from './useReceptionStrings.ts';
import { QrImage } from '../qr/QrImage.tsx';
import type { ProcedureSummary } from './procedureSummary.ts';
import type { Procedure } from './useCatalogue.ts';

/** Where the QR near the top leads: the procedure's national portal record when known, else its public page here. */
export { procedurePageUrl } from '@bangtin/shared';

function Row({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="rk-summary__row" data-testid={`rk-summary-${id}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface Props {
  procedure: Procedure;
  summary: ProcedureSummary;
  qrUrl: string;
  /** Opens a section tab ("Xem đủ" after a clipped line). */
  onMore: (tab: 'who' | 'dossier') => void;
}

/** The top of the detail: the five things a parent asks, in the record's own words, with a QR to take it home. */
export function SummaryBox({ procedure: p, summary: s, qrUrl, onMore }: Props) {
  const t = useStrings();
  const r = useReceptionStrings().reception;
  const more = (tab: 'who' | 'dossier') => (
    <button type="button" className="rk-link" onClick={() => onMore(tab)} data-testid={`rk-more-${tab}`}>
      {r.summaryMore} ›
    </button>
  );
  return (
    <section className="rk-summary" aria-labelledby="rk-summary-title" data-testid="rk-summary">
      <div className="rk-summary__qr">
        <QrImage url={qrUrl} alt={p.portalUrl ? r.portalQrAlt(p.code) : r.qrPageAlt(p.code)} className="rk-qr" testId="rk-page-qr" />
        <p className="rk-summary__qr-caption">{p.portalUrl ? r.qrPortal : r.qrPage}</p>
      </div>
      <h3 className="rk-summary__title" id="rk-summary-title">
        {r.summaryTitle}
      </h3>
      <dl className="rk-summary__rows">
        <Row id="who" label={r.summaryWho}>
          {'groups' in s.who ? (
            <>
              {r.summaryWhoGroups}
              <ul className="rk-bullets">
                {s.who.groups.map((group) => (
                  <li key={group}>{group}</li>
                ))}
              </ul>
            </>
          ) : (
            <>
              {s.who.text} {s.who.clipped && more('who')}
            </>
          )}
        </Row>
        <Row id="what" label={r.summaryWhat}>
          {s.amount && (
            <strong className="rk-summary__amount" data-testid="rk-summary-amount">
              {s.amount.value}
            </strong>
          )}
          {s.amount ? <span className="rk-summary__quote">{s.amount.sentence}</span> : s.result}
        </Row>
        <Row id="fees" label={r.summaryFee}>
          {s.fees}
        </Row>
        <Row id="documents" label={r.summaryDocuments}>
          {s.documents.byGroup ? (
            <>
              {r.summaryDocumentsByGroup(s.documents.sets)} {more('dossier')}
            </>
          ) : (
            <ul className="rk-bullets">
              {s.documents.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </Row>
        {s.deadline && (
          <Row id="deadline" label={r.summaryDeadline}>
            {s.deadline}
          </Row>
        )}
        <Row id="processing" label={r.summaryProcessing}>
          {s.processing}
        </Row>
        <Row id="where" label={r.summaryWhere}>
          {s.where}
          {s.channels.length > 0 && <span className="rk-summary__channels"> ({s.channels.map((c) => t.channel(c).toLowerCase()).join(', ')})</span>}
        </Row>
      </dl>
    </section>
  );
}
