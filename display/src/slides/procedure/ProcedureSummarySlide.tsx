import { formatShortDateVi, gateSummary, keepTogether, publicBase, publicProcedurePage, type PublicContentOf } from '@bangtin/shared';
import { useMemo } from 'react';
import { useStrings } from '../../i18n.ts';
import { QrImage } from '../../qr/QrImage.tsx';
import { FitText } from '../FitText.tsx';
import { SlideShell } from '../SlideShell.tsx';
import { useSnapshot } from '../snapshotContext.ts';
import { unitBase } from '../../route.ts';

type Procedure = PublicContentOf<'procedure'>;

/**
 * The address the kiosk reached its unit's site by, e.g. https://host/truong-a (the console's preview frame has no
 * origin: then only the path).
 */
const serverOrigin = () => (/^https?:/.test(window.location.origin) ? `${window.location.origin}${unitBase()}` : '');

/**
 * A procedure on a wall read from 3 m (the gate, any non-reception screen): one slide, body text ≥ 3.7 u (40 px at
 * 1080p), with who it is for, the amount, where and by when to file, and a large QR code to the procedure's page.
 * The reception screen keeps the full legal text (ProcedureSlide).
 */
export function ProcedureSummarySlide({ item }: { item: Procedure }) {
  const t = useStrings();
  const w = t.wall;
  const summary = useMemo(() => gateSummary(item), [item]);
  // The wall's QR opens the school's own page for the procedure (the whole record, the poster), on the public address.
  const url = publicProcedurePage(item.code, publicBase(useSnapshot().school.publicUrl, serverOrigin()));
  const { amount, deadline } = summary;
  return (
    <SlideShell item={item} className="paper">
      <div className="proc-summary" data-testid="procedure-summary">
        <header className="proc-summary__head">
          <p className="slide-kicker">
            {w.summaryKicker} · {t.procedureCode} {item.code} · {t.lastChecked} {formatShortDateVi(item.lastChecked)}
          </p>
          <h2 className="proc-summary__name">{keepTogether(item.name)}</h2>
        </header>
        <div className="proc-summary__main">
          <FitText className="proc-summary__facts" minScale={1} maxScale={1.2} contentKey={`${item.id}@${item.version}`}>
            <div className="proc-summary__grid">
              {amount && (
                <section className="proc-summary__amount" data-testid="summary-amount">
                  <h3 className="proc-summary__label">{amount.label ?? (amount.kind === 'fee' ? w.summaryFee : w.summaryBenefit)}</h3>
                  <p className="proc-summary__amount-value">{keepTogether(amount.value)}</p>
                  {amount.basis && <p className="proc-summary__basis">{keepTogether(amount.basis)}</p>}
                </section>
              )}
              <section className="proc-summary__who">
                <h3 className="proc-summary__label">{w.summaryWho}</h3>
                <ul className="proc-summary__list">
                  {summary.who.map((line) => (
                    <li key={line}>{keepTogether(line)}</li>
                  ))}
                </ul>
              </section>
              <section className="proc-summary__where">
                <h3 className="proc-summary__label">{w.summaryWhere}</h3>
                <p>{keepTogether(summary.where)}</p>
                <p className="proc-summary__channels">{summary.channels.map((c) => t.channel(c)).join(' · ')}</p>
              </section>
              <section className="proc-summary__deadline">
                <h3 className="proc-summary__label">{deadline.kind === 'filing' ? w.summaryDeadline : w.summaryProcessing}</h3>
                <p>{keepTogether(deadline.text)}</p>
              </section>
              <figure className="proc-summary__qr">
                <QrImage url={url} alt={w.summaryQrAlt(item.code)} className="proc-summary__code" testId="summary-qr" />
                <figcaption>
                  <strong>{w.summaryQr}</strong>
                  <span className="proc-summary__full">{w.summaryFullText}</span>
                </figcaption>
              </figure>
            </div>
          </FitText>
        </div>
      </div>
    </SlideShell>
  );
}
