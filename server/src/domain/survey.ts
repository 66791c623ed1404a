import { calendarDate, satisfactionReportOf, type SurveyChannel, type SurveyInput, type SurveyResponse } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { AppError } from './errors.ts';
import { newId } from './ids.ts';
import { clientBudgets } from './rateBudget.ts';

/** A paired reception kiosk: a parent needs a minute to answer, so a few in a row, then one every 20 seconds. */
const KIOSK_BURST = 3;
const KIOSK_PER_SECOND = 1 / 20;
/** However the limits above are crossed, one school day never stores more than this (the store stays small). */
const MAX_PER_DAY = 2000;

/**
 * The satisfaction survey: anonymous responses (the school day, five answers, optionally a procedure code and a
 * comment the office alone reads) and the school's index over any period.
 */
export function createSurveyService({ store, clock }: { store: Store; clock: Clock }) {
  const kioskMay = clientBudgets(KIOSK_BURST, KIOSK_PER_SECOND, () => clock.now().getTime());

  const today = async () => calendarDate(clock.now(), (await store.getSchool()).timezone);

  async function save(input: SurveyInput, channel: SurveyChannel): Promise<void> {
    const date = await today();
    const all = await store.surveyResponses.list();
    if (all.filter((r) => r.date === date).length >= MAX_PER_DAY) {
      throw new AppError('RATE_LIMITED', 'Hôm nay nhà trường đã nhận rất nhiều phiếu. Vui lòng gửi lại vào ngày mai.');
    }
    const response: SurveyResponse = {
      id: newId('ks'),
      date,
      channel,
      answers: input.answers,
      ...(input.procedureCode ? { procedureCode: input.procedureCode } : {}),
      ...(input.comment ? { comment: input.comment } : {}),
    };
    await store.surveyResponses.insert(response);
  }

  return {
    /** The school day now (the one-per-device-per-day cookie carries it). */
    today,
    /** A response from a phone or a browser (the caller has applied the one-a-day rule). */
    submit: (input: SurveyInput) => save(input, 'web'),
    /** A response from a paired reception kiosk, budgeted per screen. */
    async submitFromKiosk(screenId: string, input: SurveyInput): Promise<void> {
      if (!kioskMay(screenId)) throw new AppError('RATE_LIMITED', 'Màn hình gửi quá nhiều phiếu trong thời gian ngắn. Vui lòng thử lại sau.');
      await save(input, 'kiosk');
    },
    async report(from: string, to: string) {
      return satisfactionReportOf(await store.surveyResponses.list(), from, to);
    },
    /** Every response of a period, oldest first (the CSV). */
    async responses(from: string, to: string): Promise<SurveyResponse[]> {
      return (await store.surveyResponses.list()).filter((r) => r.date >= from && r.date <= to).sort((a, b) => a.date.localeCompare(b.date));
    },
  };
}
export type SurveyService = ReturnType<typeof createSurveyService>;
