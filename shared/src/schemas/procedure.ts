import { z } from 'zod';
import { httpUrl, isoDate, requiredText, text } from './text.ts';

/**
 * An administrative procedure (TTHC) with the components NĐ 63/2010/NĐ-CP Điều 8 khoản 2 requires to be
 * published, plus the legal basis and the publishing decision (Điều 15) and the national code.
 */
export const submissionChannel = z.enum(['direct', 'online', 'postal']);
export type SubmissionChannel = z.infer<typeof submissionChannel>;

/**
 * Whether the procedure still applies (hiệu lực). NĐ 63/2010 Điều 15 publishes amended, replaced and abolished
 * procedures too; a replaced one names the code of the procedure that replaces it, so a poster or the kiosk can send
 * people there instead of filing under rules that no longer hold.
 */
export const procedureStanding = z.enum(['in-force', 'replaced', 'abolished']);
export type ProcedureStanding = z.infer<typeof procedureStanding>;

/** Who fills a listed form: the applicant (the desk hands it out) or the agency itself (e.g. a list the school draws up). */
export const formFiller = z.enum(['applicant', 'agency']);
export type FormFiller = z.infer<typeof formFiller>;

/**
 * A half-written procedure is kept as a draft; the legal components are required only when it is sent for
 * approval (or published). One definition, two strictnesses: `draft` lets every required text be empty and every
 * "at least one" list be empty, but what is filled in must still be well-formed (a code like 1.001622, a real date).
 */
export type Strictness = 'draft' | 'complete';

const CODE = /^\d\.\d{6}(\.[A-Z0-9]+)?$/;
const CODE_MESSAGE = 'Mã thủ tục có dạng 1.001622';

function rulesFor(strictness: Strictness) {
  const draft = strictness === 'draft';
  const orEmpty = <T extends z.ZodString>(schema: T) => (draft ? z.union([z.literal(''), schema]) : schema);
  return {
    /** Required when complete; may stay empty in a draft. */
    needed: (max: number) => (draft ? text(max) : requiredText(max)),
    /** At least one row when complete. */
    atLeastOne: <T extends z.ZodType>(row: T, max: number) => (draft ? z.array(row).max(max) : z.array(row).min(1).max(max)),
    code: orEmpty(z.string().trim().regex(CODE, CODE_MESSAGE)),
    date: draft ? z.union([z.literal(''), isoDate]) : isoDate,
  };
}

function procedureShapes(strictness: Strictness) {
  const { needed, atLeastOne, code, date } = rulesFor(strictness);
  // A draft may say "replaced" before the office has looked up the new code.
  const draft = strictness === 'draft';
  const step = z.object({ description: needed(2000), timeLimit: text(300) });
  const channel = z.object({ channel: submissionChannel, timeLimit: text(300), fee: text(300), note: text(1000) });
  /** One row of "Thành phần hồ sơ"; null counts mean the record does not say. */
  const dossier = z.object({
    group: text(400),
    document: needed(1000),
    originals: z.int().min(0).max(20).nullable(),
    copies: z.int().min(0).max(20).nullable(),
  });
  const legalBasis = z.object({ title: needed(500), number: needed(80) });
  /** Mẫu kết quả (NĐ 63/2010 Điều 8 khoản 2 điểm i): the template of what the applicant receives. */
  const template = z.object({ name: needed(400), url: httpUrl.optional() });
  // `filledBy` came after the first stored shape: the default keeps an older db.json loading.
  const form = template.extend({ filledBy: formFiller.default('applicant') });
  const standing = z
    .object({ state: procedureStanding, replacedBy: z.union([z.literal(''), z.string().trim().regex(CODE, CODE_MESSAGE)]), note: text(500) })
    .refine((s) => draft || s.state !== 'replaced' || s.replacedBy !== '', { message: 'Nhập mã thủ tục thay thế', path: ['replacedBy'] });
  const fields = z.object({
    /** Mã thủ tục on the national database, e.g. 1.001622 (local variants add a suffix). */
    code,
    /** The one field a draft needs: the office finds its draft again by name. */
    name: requiredText(500),
    field: needed(200),
    /** Cấp thực hiện: "Cấp tỉnh", "Cấp xã", "Cơ quan khác". */
    level: z.array(requiredText(100)).max(5),
    /** Loại thủ tục as the national record words it, e.g. "TTHC được luật giao quy định chi tiết". */
    procedureType: text(200).default(''),
    applicants: atLeastOne(requiredText(200), 10),
    agency: needed(1000),
    receivingAddress: text(500),
    steps: atLeastOne(step, 40),
    channels: atLeastOne(channel, 3),
    dossier: z.array(dossier).max(60),
    dossierSets: text(100),
    dossierNote: text(1000),
    timeLimit: needed(500),
    result: z.object({ name: needed(500), code: text(40) }),
    resultTemplates: z.array(template).max(10).default([]),
    fees: needed(300),
    forms: z.array(form).max(20),
    conditions: text(3000),
    legalBasis: atLeastOne(legalBasis, 30),
    /**
     * The procedure's record on the Cổng Dịch vụ công quốc gia, pasted by the office (the portal addresses records by
     * an internal number, not by the code, so it cannot be derived). The kiosk shows it as a QR code.
     */
    portalUrl: httpUrl.optional(),
    publishingDecision: z.object({ number: needed(80), date: isoDate.optional() }),
    notes: text(2000),
    lastChecked: date,
    standing: standing.default({ state: 'in-force', replacedBy: '', note: '' }),
  });
  return { step, channel, dossier, legalBasis, form, template, fields };
}

const complete = procedureShapes('complete');

export const procedureStep = complete.step;
export const procedureChannel = complete.channel;
export const dossierRow = complete.dossier;
export const legalBasisRow = complete.legalBasis;
export const procedureForm = complete.form;
export const resultTemplate = complete.template;
/** What a procedure must have to be sent for approval, published or shown on a screen. */
export const procedureFields = complete.fields;
/** What a procedure draft may be saved with (same shape, fewer requirements). */
export const procedureDraftFields = procedureShapes('draft').fields;
export type ProcedureFields = z.infer<typeof procedureFields>;
