import { contentInput, type ContentInput, type ContentItem, type ContentType } from '@bangtin/shared';

const SUFFIX = ' (bản sao)';

/** The field that names an item in the office's list, and its schema limit: the one "(bản sao)" is added to. */
const NAME_FIELD: Record<ContentType, readonly [field: string, max: number]> = {
  slogan: ['text', 300],
  procedure: ['name', 500],
  indexResult: ['scope', 200],
  announcement: ['title', 200],
  commendation: ['name', 200],
  image: ['caption', 300],
  qr: ['title', 200],
  didYouKnow: ['question', 300],
  video: ['title', 200],
};

/** The name with "(bản sao)" added, the whole kept within the field's limit. */
const copied = (name: string, max: number) => `${name.slice(0, Math.max(0, max - SUFFIX.length)).trimEnd()}${SUFFIX}`;

/**
 * A draft copy of a stored item: every field the editor can set, the name marked "(bản sao)", no approval, no
 * rejection reason. Parsed again as an editor's input, so a copy is always a valid draft.
 */
export function copyOf(item: ContentItem): ContentInput {
  const { id: _id, version: _v, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, approvedBy: _a, approvedAt: _aa, rejectionReason: _r, ...fields } = item;
  const [field, max] = NAME_FIELD[item.type];
  const named: Record<string, unknown> = fields;
  const name = named[field];
  return contentInput.parse({ ...fields, status: 'draft', [field]: copied(typeof name === 'string' ? name : '', max) });
}
