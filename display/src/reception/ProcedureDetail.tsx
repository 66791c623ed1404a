import { formatShortDateVi } from '@bangtin/shared';
import type { ReactNode } from 'react';
import { useStrings } from '../i18n.ts';
import { QrImage } from '../qr/QrImage.tsx';
import { ProcedureMeta } from '../slides/procedure/ProcedureMeta.tsx';
import { paragraphsOf } from '../slides/procedure/ProcedureRows.tsx';
import { DossierTable } from './DossierTable.tsx';
import type { Procedure } from './useCatalogue.ts';

/** Where a procedure without a pasted portal record sends people: the portal itself, with the code to look for. */
export const NATIONAL_PORTAL_URL = 'https://dichvucong.gov.vn';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="rk-detail__section" data-testid={`rk-section-${id}`} aria-labelledby={`rk-h-${id}`}>
      <h3 className="rk-detail__heading" id={`rk-h-${id}`}>
        {title}
      </h3>
      {children}
    </section>
  );
}

const Text = ({ text }: { text: string }) => (
  <>
    {paragraphsOf(text, 10_000).map((p, i) => (
      <p key={i} className="rk-detail__text">
        {p}
      </p>
    ))}
  </>
);

/** A form's or the portal's QR code (none when there is no link), with what it is and what to do with it. */
function QrWithCaption({ url, alt, testId, caption, hint }: { url: string | undefined; alt: string; testId: string; caption: string; hint: string }) {
  return (
    <>
      {url ? <QrImage url={url} alt={alt} className="rk-qr" testId={testId} /> : null}
      <div>
        <p className="rk-detail__text">{caption}</p>
        <p className="rk-detail__text rk-muted">{hint}</p>
      </div>
    </>
  );
}

/** Every legal field of a procedure (NĐ 63/2010 Điều 8), in reading order, with the source and the QR codes. */
export function ProcedureDetail({ procedure: p }: { procedure: Procedure }) {
  const t = useStrings();
  const r = t.reception;
  const portalUrl = p.portalUrl ?? NATIONAL_PORTAL_URL;
  const decision = p.publishingDecision.date
    ? `${p.publishingDecision.number}, ${t.publishedOn} ${formatShortDateVi(p.publishingDecision.date)}`
    : p.publishingDecision.number;
  return (
    <article className="rk-detail" data-testid="rk-detail" data-code={p.code}>
      <header className="rk-detail__head">
        <ProcedureMeta procedure={p} className="rk-detail__meta">
          {p.sample && <span className="rk-sample">{t.sample}</span>}
        </ProcedureMeta>
        <h2 className="rk-detail__name" data-testid="rk-detail-name">
          {p.name}
        </h2>
      </header>

      <Section id="steps" title={t.steps}>
        <ol className="rk-steps">
          {p.steps.map((step, i) => (
            <li key={i} className="rk-step">
              <span className="rk-step__number" aria-hidden="true">
                {i + 1}
              </span>
              <div>
                <span className="visually-hidden">{`${r.stepNumber} ${i + 1}. `}</span>
                <Text text={step.description} />
                {step.timeLimit && (
                  <p className="rk-detail__text rk-detail__time">
                    {t.channelTime}: {step.timeLimit}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="channels" title={t.channels}>
        <ul className="rk-bullets">
          {p.channels.map((c, i) => (
            <li key={i}>
              <strong>{t.channel(c.channel)}.</strong>
              {c.timeLimit && ` ${t.channelTime}: ${c.timeLimit}.`}
              {c.fee && ` ${t.channelFee}: ${c.fee}.`}
              {c.note && ` ${c.note}`}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="dossier" title={t.dossier}>
        {p.dossier.length > 0 && <DossierTable procedure={p} />}
        {p.dossierSets && <p className="rk-detail__text">{`${t.dossierSets}: ${p.dossierSets}`}</p>}
        {p.dossierNote && <Text text={p.dossierNote} />}
      </Section>

      <Section id="time" title={t.timeLimit}>
        <Text text={p.timeLimit} />
      </Section>

      <Section id="fees" title={t.fees}>
        <Text text={p.fees} />
      </Section>

      <Section id="applicants" title={t.applicants}>
        <ul className="rk-bullets">
          {p.applicants.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </Section>

      <Section id="agency" title={t.agency}>
        <Text text={p.agency} />
        {p.receivingAddress && <p className="rk-detail__text">{`${t.receivingAddress}: ${p.receivingAddress}`}</p>}
      </Section>

      <Section id="result" title={t.result}>
        <Text text={p.result.code ? `${p.result.name} (${p.result.code})` : p.result.name} />
      </Section>

      {p.conditions && (
        <Section id="conditions" title={t.conditions}>
          <Text text={p.conditions} />
        </Section>
      )}

      <Section id="legal" title={t.legalBasis}>
        <ul className="rk-bullets">
          {p.legalBasis.map((l) => (
            <li key={`${l.number}-${l.title}`}>
              <strong>{l.number}</strong> {l.title}
            </li>
          ))}
        </ul>
        <p className="rk-detail__text">{`${t.publishingDecision}: ${decision}`}</p>
      </Section>

      <Section id="forms" title={t.forms}>
        {p.forms.length === 0 && <p className="rk-detail__text">{t.noValue}</p>}
        <ul className="rk-forms">
          {p.forms.map((f) => (
            <li key={f.name} className="rk-form">
              <QrWithCaption url={f.url} alt={t.formQrAlt(f.name)} testId="rk-form-qr" caption={f.name} hint={f.url ? r.scanHint : r.formWithoutLink} />
            </li>
          ))}
        </ul>
      </Section>

      {p.notes && (
        <Section id="notes" title={t.notes}>
          <Text text={p.notes} />
        </Section>
      )}

      <Section id="portal" title={r.portalTitle}>
        <div className="rk-form">
          <QrWithCaption
            url={portalUrl}
            alt={r.portalQrAlt(p.code)}
            testId="rk-portal-qr"
            caption={portalUrl.replace(/^https?:\/\//, '')}
            hint={p.portalUrl ? r.scanHint : r.portalSearchHint(p.code)}
          />
        </div>
      </Section>

      <footer className="rk-detail__source" data-testid="rk-source">
        {p.source && <p>{`${t.source}: ${p.source}`}</p>}
        <p>{`${t.lastChecked} ${formatShortDateVi(p.lastChecked)}`}</p>
      </footer>
    </article>
  );
}
