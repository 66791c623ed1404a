import { DEVICE_CREDENTIAL_HEADER, type ContentItem, type ReformArea, type DisplaySnapshot, type PublicQuizQuestion, type QuizQuestion, type QuizResult } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/contentFixtures.ts';
import { pairDevice } from '../helpers/devicePairing.ts';
import { connectDisplay, login, nextSnapshot, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const draft = {
  question: 'Câu hỏi <script>alert(1)</script> thử?',
  choices: ['Có', 'Không'],
  correct: 0,
  explanation: 'Vì kế hoạch nói vậy.',
  source: 'Kế hoạch 2021–2025, mục II.2b',
  area: 'II.2b',
  sample: false,
  status: 'draft',
};

const play = async (url: string, slug = 'reception') => {
  const res = await fetch(`${url}/api/display/${slug}/quiz`);
  return { status: res.status, data: ((await res.json()) as { data?: PublicQuizQuestion[] }).data ?? [] };
};
const reportRound = (url: string, answers: unknown, credential: string) =>
  fetch(`${url}/api/display/reception/quiz-answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [DEVICE_CREDENTIAL_HEADER]: credential },
    body: JSON.stringify({ answers }),
  });
const results = async (url: string, cookie: string) => (await api(url, cookie, 'GET', '/api/quiz/results')).data as unknown as QuizResult[];

describe('quiz questions follow the approval workflow', () => {
  it('a draft or an edited question never reaches a player; only the principal approves; strangers cannot read or write', async () => {
    t = await startTestApp();
    const { url } = t;
    const editor = await login(url, 'vanphong');
    const principal = await login(url, 'hieutruong');
    const seeded = (await play(url)).data;
    expect(seeded).toHaveLength(10);

    const created = await api(url, editor, 'POST', '/api/quiz', draft);
    expect(created.status).toBe(201);
    const q = created.data as unknown as QuizQuestion;
    expect((await play(url)).data.map((p) => p.id)).not.toContain(q.id);

    expect((await api(url, editor, 'POST', '/api/quiz', { ...draft, status: 'approved' })).status).toBe(403);
    expect((await api(url, editor, 'POST', `/api/quiz/${q.id}/approve`, { baseVersion: q.version })).status).toBe(403);
    const sent = await api(url, editor, 'POST', `/api/quiz/${q.id}/status`, { status: 'submitted', baseVersion: q.version });
    expect(sent.status).toBe(200);
    const approved = await api(url, principal, 'POST', `/api/quiz/${q.id}/approve`, { baseVersion: q.version + 1 });
    expect(approved.status).toBe(200);
    expect((await play(url)).data.map((p) => p.id)).toContain(q.id);

    // An edit of an approved question goes back to approval and leaves the players meanwhile.
    const edited = await api(url, editor, 'PUT', `/api/quiz/${q.id}`, { ...draft, status: 'submitted', baseVersion: q.version + 2 });
    expect(edited.status).toBe(200);
    expect((await play(url)).data.map((p) => p.id)).not.toContain(q.id);
    // A stale version is a conflict, not a silent overwrite.
    expect((await api(url, editor, 'PUT', `/api/quiz/${q.id}`, { ...draft, baseVersion: q.version })).status).toBe(409);
    // The right answer must be one of the choices.
    const bad = await api(url, editor, 'POST', '/api/quiz', { ...draft, correct: 3 });
    expect(bad.status).toBe(400);
    expect(bad.error?.details?.map((d) => d.path)).toContain('correct');

    expect((await fetch(`${url}/api/quiz`)).status).toBe(401);
    expect((await fetch(`${url}/api/quiz`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(draft) })).status).toBe(401);
    expect((await play(url, 'gate')).status).toBe(403);
    expect((await play(url, 'no-such-screen')).status).toBe(404);
  });
});

describe('kiosk answers are counted anonymously, only from the paired reception kiosk', () => {
  it('an unpaired kiosk plays but is not counted; the paired one is, per choice, with the share right', async () => {
    t = await startTestApp();
    const { url } = t;
    const admin = await login(url);
    const [first, second] = (await play(url)).data;
    if (!first || !second) throw new Error('seeded questions missing');
    const wrong = (first.correct + 1) % first.choices.length;
    const round = [
      { questionId: first.id, choice: first.correct },
      { questionId: second.id, choice: second.correct },
    ];

    const stranger = await reportRound(url, round, 'not-a-credential');
    expect(stranger.status).toBe(202);
    expect(((await stranger.json()) as { data: { counted: boolean } }).data.counted).toBe(false);
    expect((await results(url, admin)).every((r) => r.total === 0)).toBe(true);

    const credential = await pairDevice(url, admin, 'reception');
    expect((await reportRound(url, round, credential)).status).toBe(202);
    expect((await reportRound(url, [{ questionId: first.id, choice: wrong }, { questionId: 'q-unknown', choice: 0 }], credential)).status).toBe(202);
    const rows = await results(url, admin);
    const row = rows.find((r) => r.questionId === first.id);
    expect(row).toMatchObject({ total: 2, right: 1, kiosk: 2, web: 0, shareRight: 0.5 });
    expect(row?.counts[wrong]).toBe(1);
    expect(rows.find((r) => r.questionId === second.id)).toMatchObject({ total: 1, shareRight: 1 });
    // Nothing about who answered is stored: a tally is counts only.
    expect(Object.keys((await t.store.quizTallies.list())[0] ?? {}).sort()).toEqual(['id', 'kiosk', 'web']);

    // A kiosk (or a script with its credential) cannot inflate the counts without bound.
    const many = Array.from({ length: 50 }, () => ({ questionId: first.id, choice: 0 }));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await reportRound(url, many, credential)).status);
    expect(statuses).toContain(429);
  });
});

const stampOf = (page: string) => /name="_t" value="([^"]+)"/.exec(page)?.[1] ?? '';
const postForm = (url: string, fields: Record<string, string>) =>
  fetch(`${url}/tim-hieu`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

describe('/tim-hieu without JavaScript', () => {
  it('shows approved questions only, scores a sent form with explanations, counts it once, refuses bots and floods', async () => {
    t = await startTestApp();
    const { url, clock } = t;
    const admin = await login(url);
    const hidden = await api(url, admin, 'POST', '/api/quiz', draft);
    const questions = (await play(url)).data;
    const [first, second] = questions;
    if (!first || !second) throw new Error('seeded questions missing');

    const page = await (await fetch(`${url}/tim-hieu`)).text();
    expect(page).toContain(first.question);
    expect(page).not.toContain('alert(1)'); // the draft is not there at all
    expect(page.match(/<fieldset/g)).toHaveLength(questions.length);
    const stamp = stampOf(page);
    const answers = { _t: stamp, website: '', [`q-${first.id}`]: String(first.correct), [`q-${second.id}`]: String((second.correct + 1) % second.choices.length) };

    // Sent at once: a script, refused with the answers kept, nothing counted.
    const tooFast = await postForm(url, answers);
    expect(tooFast.status).toBe(400);
    expect(await tooFast.text()).toContain('quá nhanh');
    expect((await results(url, admin)).every((r) => r.total === 0)).toBe(true);

    clock.advance(20_000);
    const sent = await postForm(url, answers);
    expect(sent.status).toBe(200);
    const result = await sent.text();
    expect(result).toContain(`đúng <strong>1/${questions.length}</strong>`);
    expect(result).toContain(first.explanation);
    expect(result).toContain('Chưa đúng');
    // Reloading the results page sends the same form again: shown, not counted twice.
    expect((await postForm(url, answers)).status).toBe(200);
    const web = (await results(url, admin)).filter((r) => r.web > 0);
    expect(web.map((r) => [r.questionId, r.web]).sort()).toEqual([[first.id, 1], [second.id, 1]].sort());

    // The honeypot a person never sees: refused, not counted.
    const bot = await postForm(url, { ...answers, _t: stampOf(await (await fetch(`${url}/tim-hieu`)).text()), website: 'http://spam' });
    expect(bot.status).toBe(400);

    // An approved question with markup in it is shown as text.
    const q = hidden.data as unknown as QuizQuestion;
    await api(url, admin, 'POST', `/api/quiz/${q.id}/approve`, { baseVersion: q.version });
    const escaped = await (await fetch(`${url}/tim-hieu`)).text();
    expect(escaped).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escaped).not.toContain('<script>alert(1)');

    // Ten sends per address in ten minutes, then 429 with Retry-After.
    let limited: Response | undefined;
    for (let i = 0; i < 12 && !limited; i++) {
      const res = await postForm(url, answers);
      if (res.status === 429) limited = res;
    }
    expect(limited?.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('the gate’s "Bạn có biết?" slide follows its question', () => {
  it('a corrected question reaches the gate slide once approved, and an archived one takes its slide off the gate', async () => {
    t = await startTestApp();
    const { url } = t;
    const editor = await login(url, 'vanphong');
    const principal = await login(url, 'hieutruong');
    const q = (await api(url, principal, 'POST', '/api/quiz', { ...draft, question: 'Bộ phận nào nhận hồ sơ?', status: 'approved' })).data as unknown as QuizQuestion;
    const slide = (await api(url, editor, 'POST', `/api/quiz/${q.id}/slide`, {})).data as unknown as ContentItem;
    expect((await api(url, principal, 'POST', `/api/content/${slide.id}/approve`, { baseVersion: slide.version })).status).toBe(200);
    const gate = connectDisplay(url, 'gate');
    const shows = (text: string) => (s: DisplaySnapshot) => s.items.some((i) => i.id === slide.id && i.type === 'didYouKnow' && i.question === text);
    await nextSnapshot(gate, shows('Bộ phận nào nhận hồ sơ?'));

    // The office corrects the question: until the principal approves the correction, the gate keeps the approved text.
    const edited = (await api(url, editor, 'PUT', `/api/quiz/${q.id}`, { ...draft, question: 'Bộ phận nào tiếp nhận hồ sơ của phụ huynh?', choices: ['Văn phòng', 'Bảo vệ'], status: 'submitted', baseVersion: q.version })).data as unknown as QuizQuestion;
    expect(await t.store.getContent(slide.id)).toMatchObject({ question: 'Bộ phận nào nhận hồ sơ?', status: 'approved' });
    const corrected = nextSnapshot(gate, shows('Bộ phận nào tiếp nhận hồ sơ của phụ huynh?'));
    expect((await api(url, principal, 'POST', `/api/quiz/${q.id}/approve`, { baseVersion: edited.version })).status).toBe(200);
    const snapshot = await corrected;
    expect(snapshot.items.find((i) => i.id === slide.id)).toMatchObject({ answer: 'Văn phòng' });
    expect(await t.store.getContent(slide.id)).toMatchObject({ status: 'approved', version: slide.version + 2 });

    // The question is withdrawn: its slide leaves the gate with it.
    const gone = nextSnapshot(gate, (s) => !s.items.some((i) => i.id === slide.id));
    expect((await api(url, principal, 'POST', `/api/quiz/${q.id}/status`, { status: 'archived', baseVersion: edited.version + 1 })).status).toBe(200);
    await gone;
    expect((await t.store.getContent(slide.id))?.status).toBe('archived');
    gate.close();
  });
});

describe('one list of reform areas for content and the quiz', () => {
  it('a question takes only an area of the school’s list (a renamed or added one too), and an area a question uses cannot be removed', async () => {
    t = await startTestApp();
    const { url } = t;
    const admin = await login(url);
    const editor = await login(url, 'vanphong');
    const areas = (await api(url, admin, 'GET', '/api/areas')).data as unknown as ReformArea[];
    // A school following a newer plan adds its own section: the quiz can use it at once.
    expect((await api(url, admin, 'PUT', '/api/areas', { areas: [...areas, { code: 'III.1', label: 'Chuyển đổi số trong nhà trường', short: 'Chuyển đổi số' }] })).status).toBe(200);
    const made = await api(url, editor, 'POST', '/api/quiz', { ...draft, area: 'III.1' });
    expect(made.status).toBe(201);
    const unknown = await api(url, editor, 'POST', '/api/quiz', { ...draft, area: 'II.9' });
    expect(unknown.status).toBe(400);
    expect(unknown.error?.details).toEqual([{ path: 'area', message: 'Không có lĩnh vực II.9' }]);

    const removal = await api(url, admin, 'PUT', '/api/areas', { areas });
    expect(removal.status).toBe(409);
    expect(removal.error?.message).toContain('Câu hỏi: Câu hỏi');
  });
});

