import { z } from 'zod';
import { indexResultFields } from './indexResult.ts';
import { libraryRef, mediaRef, VIDEO_MAX_SECONDS } from './media.ts';
import { procedureDraftFields, procedureFields, type Strictness } from './procedure.ts';
import { AREA_REQUIRED_MESSAGE, contentAreas, lacksRequiredArea } from './reformAreas.ts';
import { itemTiming } from './schedule.ts';
import { id, isoDate, isoDateTime, requiredText, text } from './text.ts';
import { unitAudience } from './unit.ts';

export const contentType = z.enum(['slogan', 'procedure', 'indexResult', 'announcement', 'commendation', 'image', 'qr', 'didYouKnow', 'video']);
export type ContentType = z.infer<typeof contentType>;

/**
 * draft → submitted → approved (on air when valid and assigned) → archived. Only approved items reach a screen.
 * `rejected` ("Bị trả lại"): the principal sent it back with a reason; the office edits it and sends it again.
 */
export const contentStatus = z.enum(['draft', 'submitted', 'approved', 'archived', 'rejected']);
export type ContentStatus = z.infer<typeof contentStatus>;

/** An http(s) address, or a path on the school's public site (no query: the address a phone reaches is added on screen). */
const qrTarget = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) || /^\/[A-Za-z0-9\-._~/]*$/.test(value), 'Đường dẫn phải bắt đầu bằng http://, https:// hoặc / (một trang của trường, ví dụ /gop-y)');

export const sloganTheme = z.enum(['red', 'blue', 'green', 'gold']);

const payloads = {
  slogan: z.object({
    text: requiredText(300),
    attribution: text(300),
    theme: sloganTheme,
  }),
  procedure: procedureFields,
  indexResult: indexResultFields,
  announcement: z.object({
    title: requiredText(200),
    /** Markdown; rendered sanitised on screens. */
    body: text(5000),
    imageUrl: mediaRef.optional(),
    /** The badge above the title when "Thông báo" is not what it is (a published answer: "Trả lời phản ánh"). */
    kicker: text(40).optional(),
  }),
  commendation: z.object({
    name: requiredText(200),
    achievement: requiredText(1000),
    photoUrl: mediaRef.optional(),
  }),
  image: z.object({
    url: mediaRef,
    caption: text(300),
  }),
  /**
   * A QR code drawn on the screen itself ("Tra cứu thủ tục", "Quét mã để góp ý"). `url` is an outside address, or a
   * page of the school's public site ("/gop-y"), resolved against the public address (`school.publicUrl`) on screen.
   */
  qr: z.object({
    title: requiredText(200),
    url: qrTarget,
    caption: text(300),
  }),
  /** "Bạn có biết?": one approved Tìm hiểu CCHC question as a gate slide — the question, then its answer and why. */
  didYouKnow: z.object({
    question: requiredText(300),
    answer: requiredText(200),
    explanation: text(600),
    /** The quiz question it was made from ('' when written by hand). */
    quizId: text(80),
  }),
  /**
   * A video from the media library, always muted (a school lobby). It stays on screen for its own length times `plays`
   * (1 = once; more = looped that many times). `videoSeconds` and `posterUrl` are copied from the library item by the
   * server on every save (what the console sends there is ignored), so screens and the plan know the time offline.
   */
  video: z.object({
    title: requiredText(200),
    url: libraryRef,
    posterUrl: libraryRef.nullable().default(null),
    videoSeconds: z.number().positive().max(VIDEO_MAX_SECONDS),
    plays: z.int().min(1, 'Ít nhất 1 lần').max(20, 'Tối đa 20 lần'),
  }),
} as const;

/** What every screen may know about an item. */
const publicMeta = {
  id,
  version: z.int().min(1),
  validFrom: isoDate.nullable(),
  validUntil: isoDate.nullable(),
  /** Seconds on screen; null = computed from the reading time of the slide's text. */
  durationSeconds: z.int().min(3).max(600).nullable(),
  /** Facts not re-checked against the national database are labelled "Dữ liệu mẫu" on screen. */
  sample: z.boolean(),
  source: text(1000),
  /**
   * When and how often it plays where it is assigned directly (its editor's "Khi nào phát"); absent = always, once
   * per loop. Screens receive it so a kiosk without the server keeps to it.
   */
  timing: itemTiming.optional(),
};

/** What only the office sees. */
const adminMeta = {
  status: contentStatus,
  /** Screen ids this item plays on; "all" for every screen. */
  screens: z.union([z.literal('all'), z.array(id).max(200)]),
  createdAt: isoDateTime,
  createdBy: text(80),
  updatedAt: isoDateTime,
  updatedBy: text(80),
  approvedBy: text(80).nullable(),
  approvedAt: isoDateTime.nullable(),
  rejectionReason: text(500).nullable(),
  /** Reform areas (plan section codes, reformAreas.ts); office-only, never in a display snapshot. */
  areas: contentAreas,
  /**
   * A ward's item: which child units' screens it also reaches ('none' = the root's own screens only). Office-only;
   * defaulted so items stored before units existed read as 'none'. Part of the approved version: changing it is an edit.
   */
  audience: unitAudience.default('none'),
  /**
   * The principal's last approve/reject, kept on the item so it can be taken back for a few seconds from any
   * process, after a reload or a restart: the version it wrote, who, when, and the fields it replaced.
   */
  decision: z
    .object({
      version: z.int().min(1),
      actor: text(80),
      at: isoDateTime,
      previous: z.object({
        status: contentStatus,
        approvedBy: text(80).nullable(),
        approvedAt: isoDateTime.nullable(),
        rejectionReason: text(500).nullable(),
      }),
    })
    .optional(),
};

/** What an editor sends; the server owns id, status bookkeeping, version and timestamps. */
const inputMeta = {
  validFrom: publicMeta.validFrom,
  validUntil: publicMeta.validUntil,
  durationSeconds: publicMeta.durationSeconds,
  sample: publicMeta.sample,
  source: publicMeta.source,
  screens: adminMeta.screens,
  areas: adminMeta.areas,
  /** Absent: 'none' on create, unchanged on an edit (a client that does not know units never moves an item). */
  audience: unitAudience.optional(),
  timing: publicMeta.timing,
  /** What the author asks for: keep as draft, send for approval, or (approvers only) publish. */
  status: z.enum(['draft', 'submitted', 'approved']),
  /** The version the edit started from; a stale one is refused as a conflict. Absent on create. */
  baseVersion: z.int().min(1).optional(),
};

function withMeta<M extends z.ZodRawShape>(meta: M, strictness: Strictness = 'complete') {
  const procedure = strictness === 'draft' ? procedureDraftFields : payloads.procedure;
  return z.discriminatedUnion('type', [
    z.object({ ...meta, type: z.literal('slogan'), ...payloads.slogan.shape }),
    z.object({ ...meta, type: z.literal('procedure'), ...procedure.shape }),
    z.object({ ...meta, type: z.literal('indexResult'), ...payloads.indexResult.shape }),
    z.object({ ...meta, type: z.literal('announcement'), ...payloads.announcement.shape }),
    z.object({ ...meta, type: z.literal('commendation'), ...payloads.commendation.shape }),
    z.object({ ...meta, type: z.literal('image'), ...payloads.image.shape }),
    z.object({ ...meta, type: z.literal('qr'), ...payloads.qr.shape }),
    z.object({ ...meta, type: z.literal('didYouKnow'), ...payloads.didYouKnow.shape }),
    z.object({ ...meta, type: z.literal('video'), ...payloads.video.shape }),
  ]);
}

/**
 * Drafts (and what was archived or sent back) may be half-written; what is sent for approval or approved must be
 * complete (the procedure's legal components). The status picks the strictness, so the server refuses an
 * incomplete item on submit and on approve with the same field messages the console shows.
 */
const UNFINISHED = ['draft', 'archived', 'rejected'] as const;
const FINISHED = ['submitted', 'approved'] as const;
type Statuses = readonly [ContentStatus, ...ContentStatus[]];
function byStatus<M extends z.ZodRawShape, U extends Statuses, F extends Statuses>(meta: M, unfinished: U, finished: F) {
  return z.discriminatedUnion('status', [
    withMeta({ ...meta, status: z.enum(unfinished) }, 'draft'),
    withMeta({ ...meta, status: z.enum(finished) }, 'complete'),
  ]);
}

const validityRule = (item: { validFrom: string | null; validUntil: string | null }) =>
  !item.validFrom || !item.validUntil || item.validFrom <= item.validUntil;
const validityIssue = { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['validUntil'] };

export const contentItem = byStatus({ ...publicMeta, ...adminMeta }, UNFINISHED, FINISHED).refine(validityRule, validityIssue);
export type ContentItem = z.infer<typeof contentItem>;

/** Screens only ever receive approved, hence complete, items. */
export const publicContentItem = withMeta(publicMeta);
export type PublicContentItem = z.infer<typeof publicContentItem>;

const areaIssue = { message: AREA_REQUIRED_MESSAGE, path: ['areas'] };
export const contentInput = byStatus(inputMeta, ['draft'] as const, FINISHED)
  .refine(validityRule, validityIssue)
  .refine((item) => !lacksRequiredArea(item), areaIssue);
export type ContentInput = z.infer<typeof contentInput>;

/** An input checked as complete whatever status it asks for (imported national records are complete, though saved as drafts). */
export const completeContentInput = withMeta(inputMeta)
  .refine(validityRule, validityIssue)
  .refine((item) => !lacksRequiredArea(item), areaIssue);

export type ContentOf<T extends ContentType> = Extract<ContentItem, { type: T }>;
export type PublicContentOf<T extends ContentType> = Extract<PublicContentItem, { type: T }>;

export const statusChange = z.object({
  status: contentStatus,
  reason: text(500).optional(),
  baseVersion: z.int().min(1).optional(),
});
export type StatusChange = z.infer<typeof statusChange>;

/** The principal's decision on a submitted item: approve as it is, or send it back with a reason. */
export const approval = z.object({ baseVersion: z.int().min(1).optional() });
export const rejection = z.object({
  reason: requiredText(500),
  baseVersion: z.int().min(1).optional(),
});
export type Rejection = z.infer<typeof rejection>;

/** Takes back the principal's last decision within a few seconds: `version` is the one the decision answered with. */
export const decisionUndo = z.object({ version: z.int().min(1) });
export type DecisionUndo = z.infer<typeof decisionUndo>;

export const contentQuery = z.object({
  type: contentType.optional(),
  status: contentStatus.optional(),
  q: text(200).optional(),
  /** Only items filed under this reform area. */
  area: text(20).optional(),
});

