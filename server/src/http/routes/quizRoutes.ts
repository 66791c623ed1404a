import { quizApi } from '@bangtin/shared/api';
import type { Clock } from '../../clock.ts';
import type { DeviceTrust } from '../../domain/deviceTrust.ts';
import { AppError } from '../../domain/errors.ts';
import type { ContentService } from '../../domain/content.ts';
import type { QuizService } from '../../domain/quiz.ts';
import { clientBudgets } from '../../domain/rateBudget.ts';
import type { Store } from '../../store/store.ts';
import { bindRoutes } from '../route.ts';
import { reportingKiosk } from './reportingKiosk.ts';

/** A paired kiosk may report this many answers at once, refilled per minute (a round is ten; a busy desk a few rounds). */
const KIOSK_ANSWERS_BURST = 60;
const KIOSK_ANSWERS_PER_MINUTE = 30;

export function quizRoutes(quiz: QuizService, content: ContentService, store: Store, trust: DeviceTrust, clock: Clock) {
  const budget = clientBudgets(KIOSK_ANSWERS_BURST, KIOSK_ANSWERS_PER_MINUTE / 60, () => clock.now().getTime());
  return bindRoutes(quizApi, {
    list: () => quiz.list(),
    create: ({ body, user }) => quiz.create(body, user),
    update: ({ params, body, user }) => quiz.update(params.id, body, user),
    setStatus: ({ params, body, user }) => quiz.changeStatus(params.id, body, user),
    approve: ({ params, body, user }) => quiz.approve(params.id, body.baseVersion, user),
    reject: ({ params, body, user }) => quiz.reject(params.id, body.reason, body.baseVersion, user),
    makeSlide: async ({ params, user }) => {
      // Meant for walls read in passing: assigned to the gate-profile screens (the office may change it before sending).
      const gates = (await store.listScreens()).filter((s) => s.profile === 'gate').map((s) => s.id);
      return content.create(await quiz.slideInput(params.id, gates), user);
    },
    results: () => quiz.results(),
    play: async ({ params, req }) => {
      await reportingKiosk(store, trust, params.slug, req);
      return quiz.approved();
    },
    report: async ({ params, body, req }) => {
      // Counted only from the screen's paired device, budgeted per screen; an unpaired kiosk still plays, uncounted.
      const { screen, paired } = await reportingKiosk(store, trust, params.slug, req);
      if (!paired) return { counted: false };
      const client = `screen:${screen.id}`;
      for (let i = 0; i < body.answers.length; i++) {
        if (!budget(client)) throw new AppError('RATE_LIMITED', 'Màn hình gửi quá nhiều câu trả lời trong thời gian ngắn. Vui lòng thử lại sau.');
      }
      return { counted: (await quiz.recordAnswers('kiosk', body.answers)) > 0 };
    },
  });
}
