import { z } from 'zod';
import { httpUrl, isoDate, requiredText, text } from './text.ts';

/**
 * An administrative procedure (TTHC) with the components NĐ 63/2010/NĐ-CP Điều 8 khoản 2 requires to be
 * published, plus the legal basis and the publishing decision (Điều 15) and the national code.
 */
export const submissionChannel = z.enum(['direct', 'online', 'postal']);
export type SubmissionChannel = z.infer<typeof submissionChannel>;

export const procedureStep = z.object({
  description: requiredText(2000),
  timeLimit: text(300),
});

export const procedureChannel = z.object({
  channel: submissionChannel,
  timeLimit: text(300),
  fee: text(300),
  note: text(1000),
});

/** One row of "Thành phần hồ sơ"; null counts mean the record does not say. */
export const dossierRow = z.object({
  group: text(400),
  document: requiredText(1000),
  originals: z.int().min(0).max(20).nullable(),
  copies: z.int().min(0).max(20).nullable(),
});

export const legalBasisRow = z.object({
  title: requiredText(500),
  number: requiredText(80),
});

export const procedureForm = z.object({
  name: requiredText(400),
  url: httpUrl.optional(),
});

export const procedureFields = z.object({
  /** Mã thủ tục on the national database, e.g. 1.001622 (local variants add a suffix). */
  code: z.string().trim().regex(/^\d\.\d{6}(\.[A-Z0-9]+)?$/, 'Mã thủ tục có dạng 1.001622'),
  name: requiredText(500),
  field: requiredText(200),
  level: z.array(requiredText(100)).max(5),
  applicants: z.array(requiredText(200)).min(1).max(10),
  agency: requiredText(1000),
  receivingAddress: text(500),
  steps: z.array(procedureStep).min(1).max(40),
  channels: z.array(procedureChannel).min(1).max(3),
  dossier: z.array(dossierRow).max(60),
  dossierSets: text(100),
  dossierNote: text(1000),
  timeLimit: requiredText(500),
  result: z.object({ name: requiredText(500), code: text(40) }),
  fees: requiredText(300),
  forms: z.array(procedureForm).max(20),
  conditions: text(3000),
  legalBasis: z.array(legalBasisRow).min(1).max(30),
  /**
   * The procedure's record on the Cổng Dịch vụ công quốc gia, pasted by the office (the portal addresses records by
   * an internal number, not by the code, so it cannot be derived). The kiosk shows it as a QR code.
   */
  portalUrl: httpUrl.optional(),
  publishingDecision: z.object({ number: requiredText(80), date: isoDate.optional() }),
  notes: text(2000),
  lastChecked: isoDate,
});
export type ProcedureFields = z.infer<typeof procedureFields>;
