import { DEFAULT_REFORM_AREAS, type QuizQuestion, type Role } from '@bangtin/shared';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuizForm } from '../../../admin/src/quiz/QuizForm.tsx';
import { RouterProvider } from '../../../admin/src/router.tsx';
import { SessionProvider, useSession } from '../../../admin/src/session.tsx';
import { ConfirmProvider } from '../../../admin/src/ui/ConfirmDialog.tsx';
import { ToastProvider } from '../../../admin/src/ui/Toast.tsx';
import { renderAdmin } from '../render.tsx';

/** The console's real client over a stubbed fetch: who is signed in, and what each write sent. */
function stubServer(role: Role) {
  const writes: { method: string; url: string; body: unknown }[] = [];
  const reply = (status: number, data: unknown) => new Response(JSON.stringify(status < 300 ? { data } : data), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (url.endsWith('/api/auth/me')) {
      return reply(200, { user: { id: 'u-1', username: 'vanphong', displayName: 'Văn phòng', role, disabled: false, createdAt: '2026-12-05T00:00:00Z' } });
    }
    // The area list is the school's one list of reform areas (Cài đặt), read by the form: not a write.
    if (url.endsWith('/api/areas')) return reply(200, DEFAULT_REFORM_AREAS);
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : undefined;
    writes.push({ method, url, body });
    return reply(201, { ...(body as object), ...SAVED, status: (body as { status?: string } | undefined)?.status ?? 'draft' });
  });
  return writes;
}

const SAVED = {
  id: 'q-1',
  version: 1,
  createdAt: '2026-12-05T00:00:00Z',
  createdBy: 'vanphong',
  updatedAt: '2026-12-05T00:00:00Z',
  updatedBy: 'vanphong',
  approvedBy: null,
  approvedAt: null,
  rejectionReason: null,
};

const SUBMITTED: QuizQuestion = {
  ...SAVED,
  question: 'Câu hỏi?',
  choices: ['Có', 'Không'],
  correct: 0,
  explanation: 'Vì vậy.',
  source: 'Kế hoạch',
  area: 'II.2b',
  sample: false,
  status: 'submitted',
};

function SignedIn({ stored }: { stored: QuizQuestion | null }) {
  const { state } = useSession();
  return state.status === 'signedIn' ? <QuizForm stored={stored} onSaved={() => undefined} onBack={() => undefined} /> : <p>…</p>;
}

const renderForm = (stored: QuizQuestion | null) =>
  renderAdmin(
    <ConfirmProvider>
      <ToastProvider>
        <SessionProvider>
          <RouterProvider>
            <SignedIn stored={stored} />
          </RouterProvider>
        </SessionProvider>
      </ToastProvider>
    </ConfirmProvider>,
  );

beforeEach(() => window.history.replaceState(null, '', '/admin/quiz'));
afterEach(() => vi.unstubAllGlobals());

describe('the quiz editor: an office clerk cannot send a question that players could not answer', () => {
  it('refuses an empty question and an empty choice beside the inputs, sends nothing, then sends the chosen right answer for approval', async () => {
    const writes = stubServer('editor');
    const { user } = renderForm(null);
    await screen.findByTestId('quiz-form');
    // An editor can ask for approval, never publish.
    expect(screen.queryByTestId('quiz-publish')).toBeNull();

    await user.click(screen.getByTestId('quiz-submit'));
    expect(await screen.findByTestId('error-quiz-question')).toBeTruthy();
    expect(screen.getByTestId('quiz-choice-0').getAttribute('aria-invalid')).toBe('true');
    expect(writes).toEqual([]);

    await user.type(screen.getByTestId('field-quiz-question'), 'Thủ tục nào nộp trực tuyến được?');
    await user.type(screen.getByTestId('quiz-choice-0'), 'Hỗ trợ ăn trưa');
    await user.type(screen.getByTestId('quiz-choice-1'), 'Không thủ tục nào');
    await user.click(screen.getByTestId('quiz-remove-2'));
    expect(screen.queryByTestId('quiz-choice-2')).toBeNull();
    await user.click(screen.getByTestId('quiz-correct-1'));
    await user.type(screen.getByTestId('field-quiz-explanation'), 'Theo hồ sơ thủ tục.');
    await user.type(screen.getByTestId('field-quiz-source'), 'Thủ tục 1.001622');
    await user.selectOptions(screen.getByTestId('field-quiz-area'), 'II.2f');
    await user.click(screen.getByTestId('quiz-submit'));

    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toMatchObject({
      method: 'POST',
      body: { choices: ['Hỗ trợ ăn trưa', 'Không thủ tục nào'], correct: 1, area: 'II.2f', status: 'submitted' },
    });
    expect(writes[0]?.url).toMatch(/\/api\/quiz$/);
  });

  it('the principal sees Approve and Send back on a waiting question; a clerk does not', async () => {
    stubServer('approver');
    const first = renderForm(SUBMITTED);
    expect(await screen.findByTestId('quiz-approve')).toBeTruthy();
    expect(screen.getByTestId('quiz-reject')).toBeTruthy();
    first.unmount();

    stubServer('editor');
    renderForm(SUBMITTED);
    await screen.findByTestId('quiz-form');
    expect(screen.queryByTestId('quiz-approve')).toBeNull();
    expect(screen.queryByTestId('quiz-reject')).toBeNull();
  });
});
