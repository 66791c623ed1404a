import { scoreRound, type PublicQuizQuestion, type QuizAnswer, type ReformArea } from '@bangtin/shared';
import { Router, type Request, type Response } from 'express';
import type { Clock } from '../../clock.ts';
import type { QuizService } from '../../domain/quiz.ts';
import type { Store } from '../../store/store.ts';
import { loadPublicContext, sitePath, type PublicContext } from '../context.ts';
import { choiceField, errorSummary, formText, parseForm } from '../forms.ts';
import { FORM_GUARD_MESSAGES, createFormGuard } from '../formGuard.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderPage, sendHtml } from '../layout.ts';
import { createRateLimit } from '../rateLimit.ts';
import { createStampMemory } from './stampMemory.ts';
import { QUIZ_PAGE_CSS } from './quizPageCss.ts';

const PATH = '/tim-hieu';
const LETTERS = ['A', 'B', 'C', 'D'];
const fieldName = (q: PublicQuizQuestion) => `q-${q.id}`;

export interface QuizSiteDeps {
  store: Store;
  clock: Clock;
  quiz: QuizService;
  /** Tests only (FORM_MIN_FILL_SECONDS); 5 s otherwise: reading ten questions takes a person longer than that. */
  minFillSeconds?: number | undefined;
}

/**
 * /tim-hieu — "Tìm hiểu CCHC" for parents' phones, without JavaScript: one form with every approved question, then a
 * results page with the right answers and their explanations. The answers are counted anonymously per question (no
 * cookie, no address kept); the form guard (fill time, honeypot) and rate limits keep scripts from inflating the
 * counts, and a guard stamp counts once (reloading the results page does not count the answers again).
 */
export function quizSite({ store, clock, quiz, minFillSeconds }: QuizSiteDeps): Router {
  const router = Router();
  const guard = createFormGuard({ clock, minFillSeconds: minFillSeconds ?? 5 });
  const counted = createStampMemory(clock);
  const pageLimit = createRateLimit({ clock, name: 'tim-hieu', perAddress: { limit: 60, windowSeconds: 60 }, overall: { limit: 3000, windowSeconds: 60 }, reply: 'html', methods: ['GET'] });
  const sendLimit = createRateLimit({ clock, name: 'tim-hieu-gui', perAddress: { limit: 10, windowSeconds: 600 }, overall: { limit: 600, windowSeconds: 600 }, reply: 'html', methods: ['POST'] });

  const render = async (req: Request, res: Response, body: (ctx: PublicContext, questions: PublicQuizQuestion[], areas: AreaNames) => SafeHtml, status = 200) => {
    const [ctx, questions, areas] = await Promise.all([loadPublicContext(store, clock, req), quiz.approved(), store.getReformAreas()]);
    sendHtml(res, renderPage(ctx, { title: 'Tìm hiểu cải cách hành chính', path: PATH, active: PATH, description: 'Trả lời nhanh vài câu hỏi về cải cách hành chính và thủ tục của nhà trường.', body: body(ctx, questions, areaNames(areas)) }), status);
  };

  router.get(PATH, pageLimit, async (req, res) => {
    await render(req, res, (ctx, questions, areas) => quizForm(ctx, questions, areas, guard.hiddenFields(), {}, {}));
  });

  router.post(PATH, sendLimit, parseForm, async (req, res) => {
    const questions = await quiz.approved();
    const chosen: Record<string, number> = {};
    for (const q of questions) {
      const value = formText(req.body, fieldName(q));
      const index = value === '' ? -1 : Number(value);
      if (Number.isInteger(index) && index >= 0 && index < q.choices.length) chosen[q.id] = index;
    }
    const check = guard.check(req.body);
    if (!check.ok) {
      await render(req, res, (ctx, qs, areas) => quizForm(ctx, qs, areas, guard.hiddenFields(), chosen, {}, FORM_GUARD_MESSAGES[check.reason]), 400);
      return;
    }
    if (Object.keys(chosen).length === 0 && questions.length > 0) {
      const first = questions[0];
      const errors = first ? { [fieldName(first)]: 'Chọn ít nhất một câu trả lời trước khi xem kết quả.' } : {};
      await render(req, res, (ctx, qs, areas) => quizForm(ctx, qs, areas, guard.hiddenFields(), chosen, errors), 400);
      return;
    }
    if (counted.firstUse(formText(req.body, '_t'))) {
      const answers: QuizAnswer[] = Object.entries(chosen).map(([questionId, choice]) => ({ questionId, choice }));
      await quiz.recordAnswers('web', answers);
    }
    await render(req, res, (ctx) => quizResults(ctx, questions, chosen));
  });

  return router;
}

/** A question's area as the school's one list names it (Cài đặt → Lĩnh vực CCHC); the bare code if it was removed. */
type AreaNames = (code: string) => string;
const areaNames = (areas: readonly ReformArea[]): AreaNames => (code) => areas.find((a) => a.code === code)?.short ?? code;

function quizForm(
  ctx: Pick<PublicContext, 'base'>,
  questions: readonly PublicQuizQuestion[],
  areaName: AreaNames,
  hidden: SafeHtml,
  chosen: Readonly<Record<string, number>>,
  errors: Readonly<Record<string, string>>,
  notice?: string,
): SafeHtml {
  if (questions.length === 0) {
    return html`<h1>Tìm hiểu cải cách hành chính</h1><p class="lead">Nhà trường đang chuẩn bị câu hỏi. Mời quý phụ huynh quay lại sau.</p>`;
  }
  const labels = Object.fromEntries(questions.map((q, i) => [fieldName(q), `Câu ${i + 1}`]));
  return html`${QUIZ_PAGE_CSS}<h1>Tìm hiểu cải cách hành chính</h1>
<p class="lead">${questions.length} câu hỏi ngắn về cải cách hành chính và thủ tục của nhà trường. Chọn đáp án rồi bấm "Xem kết quả" ở cuối trang.</p>
<p class="muted">Không cần đăng nhập. Nhà trường chỉ đếm số lượt trả lời từng câu, không ghi nhận ai trả lời.</p>
${notice ? html`<p class="notice notice--warn" role="alert">${notice}</p>` : ''}${errorSummary(errors, labels)}
<form method="post" action="${sitePath(ctx, PATH)}" class="quiz-form">
${hidden}
${questions.map((q, i) =>
  html`<div class="card quiz-q">${choiceField({
    name: fieldName(q),
    legend: `Câu ${i + 1}. ${q.question}`,
    hint: areaName(q.area),
    options: q.choices.map((choice, c) => ({ value: String(c), label: `${LETTERS[c] ?? c + 1}. ${choice}` })),
    value: chosen[q.id] === undefined ? undefined : String(chosen[q.id]),
    error: errors[fieldName(q)],
  })}</div>`,
)}
<p><button type="submit" class="btn">Xem kết quả</button></p>
</form>`;
}

function quizResults(ctx: Pick<PublicContext, 'base'>, questions: readonly PublicQuizQuestion[], chosen: Readonly<Record<string, number>>): SafeHtml {
  const round = scoreRound(questions, chosen);
  return html`${QUIZ_PAGE_CSS}<h1>Kết quả của bạn</h1>
<p class="lead quiz-score" role="status">Bạn trả lời đúng <strong>${round.right}/${round.total}</strong> câu.</p>
<p class="muted">Cảm ơn quý phụ huynh đã tìm hiểu. Đáp án và giải thích từng câu ở dưới.</p>
<ol class="quiz-results">
${round.answers.map(({ question, choice, right }) => {
  const yours = choice === null ? 'Chưa trả lời' : `${LETTERS[choice] ?? choice + 1}. ${question.choices[choice] ?? ''}`;
  const correct = `${LETTERS[question.correct] ?? question.correct + 1}. ${question.choices[question.correct] ?? ''}`;
  return html`<li class="card quiz-r ${right ? 'quiz-r--right' : 'quiz-r--wrong'}">
<h2>${question.question}</h2>
<p><span class="badge ${right ? 'badge--ok' : 'badge--bad'}">${right ? 'Đúng' : choice === null ? 'Chưa trả lời' : 'Chưa đúng'}</span></p>
${right ? '' : html`<p>Bạn chọn: ${yours}</p>`}
<p><strong>Đáp án: ${correct}</strong></p>
<p>${question.explanation}</p>
<p class="muted">Nguồn: ${question.source}${question.sample ? ' · Dữ liệu mẫu' : ''}</p>
</li>`;
})}
</ol>
<p><a class="btn-secondary" href="${sitePath(ctx, PATH)}">Làm lại</a> <a class="btn-secondary" href="${sitePath(ctx, '/gop-y')}">Góp ý cho nhà trường</a></p>`;
}
