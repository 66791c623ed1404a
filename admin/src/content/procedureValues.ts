import { PROCEDURE_DEFAULT_AREAS, type ContentItem, type FormFiller, type ProcedureStanding, type SubmissionChannel } from '@bangtin/shared';
import { EMPTY_META, metaFromItem, metaToInput, type MetaValues } from './formValues.ts';
import { lines, numberOrNull, numberText, optionalRef } from './optional.ts';

/** A procedure as its form holds it: counts and dates as typed text, lists one item per line. */
export interface ProcedureValues extends MetaValues {
  code: string;
  name: string;
  field: string;
  level: string;
  /** Loại thủ tục, as the national record words it. */
  procedureType: string;
  applicants: string;
  agency: string;
  receivingAddress: string;
  steps: { description: string; timeLimit: string }[];
  channels: { channel: SubmissionChannel; timeLimit: string; fee: string; note: string }[];
  dossier: { group: string; document: string; originals: string; copies: string }[];
  dossierSets: string;
  dossierNote: string;
  timeLimit: string;
  resultName: string;
  resultCode: string;
  fees: string;
  forms: { name: string; url: string; filledBy: FormFiller }[];
  /** Mẫu kết quả (NĐ 63/2010 Điều 8): templates of what the applicant receives. */
  resultTemplates: { name: string; url: string }[];
  conditions: string;
  legalBasis: { number: string; title: string }[];
  decisionNumber: string;
  decisionDate: string;
  notes: string;
  /** The record on the national portal (optional); the reception kiosk shows it as a QR code. */
  portalUrl: string;
  lastChecked: string;
  /** Hiệu lực: in force, replaced (by `replacedBy`) or abolished. */
  standing: ProcedureStanding;
  replacedBy: string;
  standingNote: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export function procedureValuesOf(item: ContentItem | null): ProcedureValues {
  if (item?.type !== 'procedure') {
    return {
      ...EMPTY_META,
      areas: [...PROCEDURE_DEFAULT_AREAS],
      code: '',
      name: '',
      field: '',
      level: '',
      procedureType: '',
      applicants: '',
      agency: '',
      receivingAddress: '',
      steps: [{ description: '', timeLimit: '' }],
      channels: [{ channel: 'direct', timeLimit: '', fee: '', note: '' }],
      dossier: [],
      dossierSets: '',
      dossierNote: '',
      timeLimit: '',
      resultName: '',
      resultCode: '',
      fees: '',
      forms: [],
      resultTemplates: [],
      conditions: '',
      legalBasis: [{ number: '', title: '' }],
      decisionNumber: '',
      decisionDate: '',
      notes: '',
      portalUrl: '',
      lastChecked: today(),
      standing: 'in-force',
      replacedBy: '',
      standingNote: '',
    };
  }
  return {
    ...metaFromItem(item),
    code: item.code,
    name: item.name,
    field: item.field,
    level: item.level.join('\n'),
    procedureType: item.procedureType,
    applicants: item.applicants.join('\n'),
    agency: item.agency,
    receivingAddress: item.receivingAddress,
    steps: item.steps.map((s) => ({ ...s })),
    channels: item.channels.map((c) => ({ ...c })),
    dossier: item.dossier.map((d) => ({ group: d.group, document: d.document, originals: numberText(d.originals), copies: numberText(d.copies) })),
    dossierSets: item.dossierSets,
    dossierNote: item.dossierNote,
    timeLimit: item.timeLimit,
    resultName: item.result.name,
    resultCode: item.result.code,
    fees: item.fees,
    forms: item.forms.map((f) => ({ name: f.name, url: f.url ?? '', filledBy: f.filledBy })),
    resultTemplates: item.resultTemplates.map((f) => ({ name: f.name, url: f.url ?? '' })),
    conditions: item.conditions,
    legalBasis: item.legalBasis.map((l) => ({ ...l })),
    decisionNumber: item.publishingDecision.number,
    decisionDate: item.publishingDecision.date ?? '',
    notes: item.notes,
    portalUrl: item.portalUrl ?? '',
    lastChecked: item.lastChecked,
    standing: item.standing.state,
    replacedBy: item.standing.replacedBy,
    standingNote: item.standing.note,
  };
}

/** Back to the schema's shape (procedureFields); the shared schema then says what is missing. */
export function procedurePayload(v: ProcedureValues) {
  return {
    code: v.code,
    name: v.name,
    field: v.field,
    level: lines(v.level),
    procedureType: v.procedureType,
    applicants: lines(v.applicants),
    agency: v.agency,
    receivingAddress: v.receivingAddress,
    steps: v.steps,
    channels: v.channels,
    dossier: v.dossier.map((d) => ({ group: d.group, document: d.document, originals: numberOrNull(d.originals), copies: numberOrNull(d.copies) })),
    dossierSets: v.dossierSets,
    dossierNote: v.dossierNote,
    timeLimit: v.timeLimit,
    result: { name: v.resultName, code: v.resultCode },
    fees: v.fees,
    forms: v.forms.map((f) => ({ name: f.name, ...optionalRef('url', f.url), filledBy: f.filledBy })),
    resultTemplates: v.resultTemplates.map((f) => ({ name: f.name, ...optionalRef('url', f.url) })),
    conditions: v.conditions,
    legalBasis: v.legalBasis,
    publishingDecision: { number: v.decisionNumber, ...optionalRef('date', v.decisionDate) },
    notes: v.notes,
    ...(v.portalUrl.trim() ? { portalUrl: v.portalUrl.trim() } : {}),
    lastChecked: v.lastChecked,
    // A code typed for a procedure still in force would only confuse a later reader: kept only when it applies.
    standing: { state: v.standing, replacedBy: v.standing === 'replaced' ? v.replacedBy.trim() : '', note: v.standingNote },
  };
}

export const procedureInput = (v: ProcedureValues) => ({ ...metaToInput(v), ...procedurePayload(v) });

/** The first error at or under a path ("level" also shows "level.2"). */
export const errorUnder = (errors: Record<string, string>, path: string): string | undefined =>
  errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
