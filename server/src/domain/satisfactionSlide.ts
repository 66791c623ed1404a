import {
  calendarDate,
  contentItem,
  formatNumberVi,
  formatShortDateVi,
  schoolYearLabel,
  schoolYearOf,
  schoolYearRange,
  type ContentItem,
  type ContentOf,
  type PublicUser,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { ContentService } from './content.ts';
import type { DomainEvents } from './events.ts';
import type { SurveyService } from './survey.ts';

const SOURCE = 'Khảo sát mức độ hài lòng của phụ huynh trên Bảng tin (trang /khao-sat và màn hình tiếp nhận)';
const SYSTEM = 'he-thong';

type Figures = Pick<ContentOf<'indexResult'>, 'year' | 'score' | 'note'>;

/**
 * The index-result slide that updates itself: an ordinary indexResult item marked `live: 'satisfaction'`. The office
 * creates it as a draft (figures filled in), it is approved like any content, and a daily job (and each creation)
 * rewrites only its figures — the overall index of the school year so far — keeping its status, so what the approver
 * allowed on air ("our satisfaction index, from the survey") stays what plays. Every rewrite is in the audit log.
 */
export function createSatisfactionSlides(deps: {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  events: DomainEvents;
  content: ContentService;
  survey: SurveyService;
}) {
  const { store, clock, audit, events, content, survey } = deps;

  async function figures(): Promise<Figures> {
    const { timezone } = await store.getSchool();
    const today = calendarDate(clock.now(), timezone);
    const startYear = schoolYearOf(today);
    const { from } = schoolYearRange(startYear);
    const report = await survey.report(from, today);
    return {
      year: Number(today.slice(0, 4)),
      score: report.period.index.overall,
      note: `${schoolYearLabel(startYear)}: ${formatNumberVi(report.period.responses)} phiếu, tính đến ngày ${formatShortDateVi(today)}. Tỷ lệ câu trả lời "Hài lòng" và "Rất hài lòng".`,
    };
  }

  return {
    /** A draft slide with today's figures, for the office to send for approval. */
    async create(actor: PublicUser): Promise<ContentItem> {
      const school = await store.getSchool();
      const now = await figures();
      return content.create(
        {
          type: 'indexResult',
          status: 'draft',
          index: 'SCHOOL',
          scope: `${school.shortName || school.name} — mức độ hài lòng của phụ huynh`,
          unit: '%',
          rank: null,
          rankOf: null,
          changePoints: null,
          changePlaces: null,
          group: '',
          live: 'satisfaction',
          ...now,
          validFrom: null,
          validUntil: null,
          durationSeconds: null,
          sample: false,
          source: SOURCE,
          screens: [],
          // Results of reform (the plan's section II.3).
          areas: ['II.3'],
        },
        actor,
      );
    },

    /** The daily job: rewrites the figures of every live slide whose figures changed; returns how many. */
    async refresh(): Promise<number> {
      const now = await figures();
      let changed = 0;
      for (const item of await store.listContent()) {
        if (item.type !== 'indexResult' || item.live !== 'satisfaction' || item.status === 'archived') continue;
        if (item.year === now.year && item.score === now.score && item.note === now.note) continue;
        const next = contentItem.parse({ ...item, ...now, version: item.version + 1, updatedAt: clock.now().toISOString(), updatedBy: SYSTEM });
        if (!(await store.replaceContent(next, item.version))) continue;
        await audit.record({
          actor: SYSTEM,
          action: 'content.update',
          entity: 'indexResult',
          entityId: item.id,
          summary: `Cập nhật số liệu chỉ số hài lòng từ khảo sát: ${now.score === null ? 'chưa có phiếu' : `${formatNumberVi(now.score, 2)}%`} (v${next.version})`,
        });
        events.emit('content.changed', { item: next });
        changed += 1;
      }
      return changed;
    },
  };
}
export type SatisfactionSlides = ReturnType<typeof createSatisfactionSlides>;
