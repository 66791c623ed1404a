import { formatShortDateVi } from '@bangtin/shared';
import type { ReactNode } from 'react';
import { useStrings, type Strings } from '../i18n.ts';
import { useReceptionStrings } from './useReceptionStrings.ts';
import { QrImage } from '../qr/QrImage.tsx';
import { paragraphsOf } from '../slides/procedure/ProcedureRows.tsx';
import { DossierTable } from './DossierTable.tsx';
import type { Procedure } from './useCatalogue.ts';

/** The detail's tabs, in the order a parent needs them: what to bring, what happens, how long, how much, the rest. */
export const SECTION_TABS = ['dossier', 'steps', 'time', 'fees', 'who', 'agency', 'legal', 'notes'] as const;
export type SectionTab = (typeof SECTION_TABS)[number];

export function tabsOf(p: Procedure): SectionTab[] {
  return SECTION_TABS.filter((tab) => tab !== 'notes' || p.notes !== '');
}

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

function Forms({ p, t }: { p: Procedure; t: Strings }) {
  const r = useReceptionStrings().reception;
  return (
    <Section id="forms" title={t.forms}>
      {p.forms.length === 0 && <p className="rk-detail__text">{t.noValue}</p>}
      <ul className="rk-forms">
        {p.forms.map((f) => (
          <li key={f.name} className="rk-form">
            {f.url ? <QrImage url={f.url} alt={t.formQrAlt(f.name)} className="rk-qr" testId="rk-form-qr" /> : null}
            <div>
              <p className="rk-detail__text">{f.name}</p>
              <p className="rk-detail__text rk-muted">{f.filledBy === 'agency' ? r.formByAgency : f.url ? r.scanHint : r.formWithoutLink}</p>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** What each way of filing says about time or fee ("Trực tuyến: 10 ngày làm việc"), where the record says it. */
function PerChannel({ p, t, field }: { p: Procedure; t: Strings; field: 'timeLimit' | 'fee' }) {
  const lines = p.channels.filter((c) => c[field]);
  if (lines.length === 0) return null;
  return (
    <ul className="rk-bullets">
      {lines.map((c, i) => (
        <li key={i}>{`${t.channel(c.channel)}: ${c[field]}`}</li>
      ))}
    </ul>
  );
}

/** One tab's content: the record's legal components (NĐ 63/2010 Điều 8) that belong to it, complete. */
export function SectionPanel({ tab, procedure: p }: { tab: SectionTab; procedure: Procedure }) {
  const t = useStrings();
  const r = useReceptionStrings().reception;
  switch (tab) {
    case 'dossier':
      return (
        <>
          <Section id="dossier" title={t.dossier}>
            {p.dossier.length > 0 && <DossierTable procedure={p} />}
            {p.dossierSets && <p className="rk-detail__text">{`${t.dossierSets}: ${p.dossierSets}`}</p>}
            {p.dossierNote && <Text text={p.dossierNote} />}
          </Section>
          <Forms p={p} t={t} />
        </>
      );
    case 'steps':
      return (
        <>
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
                    {step.timeLimit && <p className="rk-detail__text rk-detail__time">{`${t.channelTime}: ${step.timeLimit}`}</p>}
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
        </>
      );
    case 'time':
      return (
        <Section id="time" title={t.timeLimit}>
          <Text text={p.timeLimit} />
          <PerChannel p={p} t={t} field="timeLimit" />
        </Section>
      );
    case 'fees':
      return (
        <Section id="fees" title={t.fees}>
          <Text text={p.fees} />
          <PerChannel p={p} t={t} field="fee" />
        </Section>
      );
    case 'who':
      return (
        <>
          <Section id="applicants" title={t.applicants}>
            <ul className="rk-bullets">
              {p.applicants.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </Section>
          {p.conditions && (
            <Section id="conditions" title={t.conditions}>
              <Text text={p.conditions} />
            </Section>
          )}
        </>
      );
    case 'agency':
      return (
        <>
          <Section id="agency" title={t.agency}>
            <Text text={p.agency} />
            {p.receivingAddress && <p className="rk-detail__text">{`${t.receivingAddress}: ${p.receivingAddress}`}</p>}
          </Section>
          <Section id="result" title={t.result}>
            <Text text={p.result.code ? `${p.result.name} (${p.result.code})` : p.result.name} />
            {p.resultTemplates.length > 0 && (
              <>
                <p className="rk-detail__text">{`${r.resultTemplates}:`}</p>
                <ul className="rk-forms">
                  {p.resultTemplates.map((f) => (
                    <li key={f.name} className="rk-form">
                      {f.url ? <QrImage url={f.url} alt={t.formQrAlt(f.name)} className="rk-qr" testId="rk-result-template-qr" /> : null}
                      <p className="rk-detail__text">{f.name}</p>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Section>
        </>
      );
    case 'legal': {
      const decision = p.publishingDecision.date
        ? `${p.publishingDecision.number}, ${t.publishedOn} ${formatShortDateVi(p.publishingDecision.date)}`
        : p.publishingDecision.number;
      return (
        <Section id="legal" title={t.legalBasis}>
          {p.procedureType && <p className="rk-detail__text">{`${r.procedureType}: ${p.procedureType}`}</p>}
          <ul className="rk-bullets">
            {p.legalBasis.map((l) => (
              <li key={`${l.number}-${l.title}`}>
                <strong>{l.number}</strong> {l.title}
              </li>
            ))}
          </ul>
          <p className="rk-detail__text">{`${t.publishingDecision}: ${decision}`}</p>
        </Section>
      );
    }
    case 'notes':
      return (
        <Section id="notes" title={t.notes}>
          <Text text={p.notes} />
        </Section>
      );
  }
}
