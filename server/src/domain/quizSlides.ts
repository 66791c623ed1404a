import { contentItem, type ContentItem, type ContentOf, type PublicUser, type QuizQuestion } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';

/** What a "Bạn có biết?" slide shows of its question. */
export function didYouKnowFields(q: QuizQuestion): Pick<ContentOf<'didYouKnow'>, 'question' | 'answer' | 'explanation' | 'source' | 'sample'> {
  return { question: q.question, answer: q.choices[q.correct] ?? '', explanation: q.explanation, source: q.source, sample: q.sample };
}

const sameText = (item: ContentOf<'didYouKnow'>, fields: ReturnType<typeof didYouKnowFields>) =>
  (Object.keys(fields) as (keyof typeof fields)[]).every((key) => item[key] === fields[key]);

/**
 * "Bạn có biết?" slides follow their quiz question (issue #13): when the question is approved again after an edit,
 * every slide made from it takes the new text (its own status kept: the approver of the question approved the text);
 * when the question is archived, its slides leave the screens with it. An edit awaiting approval changes nothing yet.
 */
export function createQuizSlideSync({ store, clock, audit, events }: { store: Store; clock: Clock; audit: AuditLog; events: DomainEvents }) {
  async function rewrite(item: ContentOf<'didYouKnow'>, change: Partial<ContentItem>, actor: PublicUser, summary: string): Promise<boolean> {
    const next = contentItem.parse({ ...item, ...change, version: item.version + 1, updatedAt: clock.now().toISOString(), updatedBy: actor.username });
    if (!(await store.replaceContent(next, item.version))) return false;
    await audit.record({ actor: actor.username, action: 'content.update', entity: 'didYouKnow', entityId: item.id, summary: `${summary} (v${next.version})` });
    events.emit('content.changed', { item: next, previousStatus: item.status });
    return true;
  }

  return {
    /** After a question's change: how many slides were rewritten or archived. */
    async follow(q: QuizQuestion, actor: PublicUser): Promise<number> {
      if (q.status !== 'approved' && q.status !== 'archived') return 0;
      const slides = (await store.listContent()).filter(
        (c): c is ContentOf<'didYouKnow'> => c.type === 'didYouKnow' && c.quizId === q.id && c.status !== 'archived',
      );
      let changed = 0;
      for (const slide of slides) {
        if (q.status === 'archived') {
          if (await rewrite(slide, { status: 'archived' }, actor, 'Lưu trữ slide "Bạn có biết?" cùng câu hỏi của nó')) changed += 1;
          continue;
        }
        const fields = didYouKnowFields(q);
        if (sameText(slide, fields)) continue;
        if (await rewrite(slide, fields, actor, `Cập nhật slide "Bạn có biết?" theo câu hỏi đã duyệt "${q.question.slice(0, 120)}"`)) changed += 1;
      }
      return changed;
    },
  };
}
export type QuizSlideSync = ReturnType<typeof createQuizSlideSync>;
