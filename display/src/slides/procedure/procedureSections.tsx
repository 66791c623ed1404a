import { formatShortDateVi, type PublicContentOf } from '@bangtin/shared';
import type { ReactNode } from 'react';
import type { Strings } from '../../i18n.ts';
import { QrImage } from '../../qr/QrImage.tsx';
import { Bullet, DossierGroup, DossierHeader, DossierRow, Paragraph, StepRow, paragraphsOf } from './ProcedureRows.tsx';

type Procedure = PublicContentOf<'procedure'>;

export interface ProcedureRow {
  key: string;
  node: ReactNode;
  /** Must not end a column while the section goes on (a group title, a step's first lines). */
  keepWithNext?: boolean;
}

/** One titled part of a procedure, as rows the paginator may split between columns and pages. */
export interface ProcedureSection {
  key: string;
  title: string;
  rows: ProcedureRow[];
  /** Shown again at the top of every continuation (the dossier table header). */
  repeat?: ReactNode;
}

const count = (n: number | null, t: Strings) => (n === null ? t.noValue : String(n));

function textRows(key: string, text: string): ProcedureRow[] {
  return paragraphsOf(text).map((p, i) => ({ key: `${key}-${i}`, node: <Paragraph>{p}</Paragraph> }));
}

function stepRows(item: Procedure, t: Strings): ProcedureRow[] {
  return item.steps.flatMap((step, s) => {
    const lines = paragraphsOf(step.description);
    const rows: ProcedureRow[] = lines.map((line, i) => ({
      key: `step-${s}-${i}`,
      keepWithNext: i < lines.length - 1 || Boolean(step.timeLimit),
      node: (
        <StepRow number={i === 0 ? s + 1 : null}>
          <p className="proc-text">{line}</p>
        </StepRow>
      ),
    }));
    if (step.timeLimit) {
      rows.push({
        key: `step-${s}-time`,
        node: (
          <StepRow number={null}>
            <p className="proc-text proc-text--time">
              {t.channelTime}: {step.timeLimit}
            </p>
          </StepRow>
        ),
      });
    }
    return rows;
  });
}

function channelRows(item: Procedure, t: Strings): ProcedureRow[] {
  return item.channels.map((c, i) => ({
    key: `channel-${i}`,
    node: (
      <Paragraph className="proc-text--channel">
        <strong>{t.channel(c.channel)}.</strong>
        {c.timeLimit && ` ${t.channelTime}: ${c.timeLimit}.`}
        {c.fee && ` ${t.channelFee}: ${c.fee}.`}
        {c.note && ` ${c.note}`}
      </Paragraph>
    ),
  }));
}

function dossierRows(item: Procedure, t: Strings): ProcedureRow[] {
  const rows: ProcedureRow[] = [];
  let group = '';
  item.dossier.forEach((d, i) => {
    if (d.group && d.group !== group) rows.push({ key: `group-${i}`, node: <DossierGroup>{d.group}</DossierGroup>, keepWithNext: true });
    group = d.group;
    rows.push({
      key: `doc-${i}`,
      node: <DossierRow number={i + 1} document={d.document} originals={count(d.originals, t)} copies={count(d.copies, t)} />,
    });
  });
  if (item.dossierSets) rows.push({ key: 'sets', node: <Paragraph className="proc-text--after-table">{`${t.dossierSets}: ${item.dossierSets}`}</Paragraph> });
  return [...rows, ...textRows('dossier-note', item.dossierNote)];
}

/** All sections in reading order; empty ones are dropped by the paginator (no rows). */
export function procedureSections(item: Procedure, t: Strings): ProcedureSection[] {
  const decision = item.publishingDecision;
  const decisionText = decision.date ? `${decision.number}, ${t.publishedOn} ${formatShortDateVi(decision.date)}` : decision.number;
  const result = item.result.code ? `${item.result.name} (${item.result.code})` : item.result.name;
  return [
    { key: 'steps', title: t.steps, rows: stepRows(item, t) },
    { key: 'channels', title: t.channels, rows: channelRows(item, t) },
    {
      key: 'dossier',
      title: t.dossier,
      rows: dossierRows(item, t),
      repeat: item.dossier.length > 0 ? <DossierHeader document={t.dossierDocument} originals={t.dossierOriginals} copies={t.dossierCopies} /> : undefined,
    },
    { key: 'time', title: t.timeLimit, rows: textRows('time', item.timeLimit) },
    { key: 'fees', title: t.fees, rows: textRows('fees', item.fees) },
    { key: 'applicants', title: t.applicants, rows: item.applicants.map((a, i) => ({ key: `applicant-${i}`, node: <Bullet>{a}</Bullet> })) },
    {
      key: 'agency',
      title: t.agency,
      rows: [
        ...textRows('agency', item.agency),
        ...(item.receivingAddress ? [{ key: 'receiving', node: <Paragraph>{`${t.receivingAddress}: ${item.receivingAddress}`}</Paragraph> }] : []),
      ],
    },
    { key: 'result', title: t.result, rows: textRows('result', result) },
    { key: 'conditions', title: t.conditions, rows: textRows('conditions', item.conditions) },
    {
      key: 'legal',
      title: t.legalBasis,
      rows: item.legalBasis.map((l, i) => ({
        key: `legal-${i}`,
        node: (
          <Bullet>
            <strong>{l.number}</strong> {l.title}
          </Bullet>
        ),
      })),
    },
    { key: 'decision', title: t.publishingDecision, rows: textRows('decision', decisionText) },
    {
      key: 'forms',
      title: t.forms,
      // The law puts the forms right after the procedure; a form with a link gets a QR to download it.
      rows: item.forms.map((f, i) => ({
        key: `form-${i}`,
        node: f.url ? (
          <div className="proc-form">
            <QrImage url={f.url} alt={t.formQrAlt(f.name)} className="proc-form__qr" testId="form-qr" />
            <span>{f.name}</span>
          </div>
        ) : (
          <Bullet>{f.name}</Bullet>
        ),
      })),
    },
    { key: 'notes', title: t.notes, rows: textRows('notes', item.notes) },
  ];
}
