import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackDetail, FeedbackView, PublicUser } from '@bangtin/shared';
import { I18nProvider } from '../../../admin/src/i18nContext.tsx';
import { RouterProvider } from '../../../admin/src/router.tsx';
import { SessionProvider, useSession } from '../../../admin/src/session.tsx';
import { ToastProvider } from '../../../admin/src/ui/Toast.tsx';
import { ConfirmProvider } from '../../../admin/src/ui/ConfirmDialog.tsx';
import { FeedbackInboxPage } from '../../../admin/src/feedback/FeedbackInboxPage.tsx';
import { FeedbackDetailPage } from '../../../admin/src/feedback/FeedbackDetailPage.tsx';

const EDITOR: PublicUser = { id: 'u-editor', username: 'vanphong', email: '', displayName: 'Văn phòng', role: 'editor', disabled: false, createdAt: '2026-11-01T00:00:00.000Z' };

/** A reply of the server: `{ data }`, or the error envelope `{ error: { code, message, details } }` for a status ≥ 400. */
interface Reply {
  status: number;
  body: unknown;
}
const ok = (data: unknown): Reply => ({ status: 200, body: { data } });
const failure = (status: number, code: string, message: string, details?: { path: string; message: string }[]): Reply => ({
  status,
  body: { error: { code, message, ...(details ? { details } : {}) } },
});

/**
 * The server as the pages see it through the console's own session and API client: each test sets the replies of the
 * routes it uses (`'GET /api/feedback/f-1'` → a function of the request), and every request is recorded. Stubbing fetch
 * rather than vi.mock-ing the session keeps this file in the shared component workers (tests/component/mockingFiles.ts).
 */
type Route = (request: { url: URL; body: unknown }) => Reply;
let routes: Record<string, Route>;
let requests: { method: string; url: URL; body: unknown }[];
const sent = (method: string, path: string) => requests.filter((r) => r.method === method && r.url.pathname === path);

const Providers = ({ children }: { children: ReactNode }) => (
  <I18nProvider>
    <RouterProvider>
      <ToastProvider>
        <ConfirmProvider>
          <SessionProvider>
            <SignedIn>{children}</SignedIn>
          </SessionProvider>
        </ConfirmProvider>
      </ToastProvider>
    </RouterProvider>
  </I18nProvider>
);
/** The pages show once the session check (GET /api/auth/me) says the office's editor is signed in. */
function SignedIn({ children }: { children: ReactNode }) {
  return useSession().state.status === 'signedIn' ? children : null;
}

const VIEW: FeedbackView = {
  id: 'f-1',
  code: 'GY-7K3Q',
  subject: 'handling',
  content: 'Giờ trả trẻ lớp Lá 2 thường muộn 20 phút.',
  status: 'received',
  createdAt: '2026-12-04T02:00:00.000Z',
  updatedAt: '2026-12-04T02:00:00.000Z',
  dueDate: '2026-12-18',
  history: [{ at: '2026-12-04T02:00:00.000Z', status: 'new' }],
  version: 2,
  hasEmail: true,
  hasPhone: true,
  senderPurged: false,
  deadline: 'soon',
  daysLeft: 2,
};
const DETAIL: FeedbackDetail = { ...VIEW, senderViews: [] };

beforeEach(() => {
  requests = [];
  routes = {
    'GET /api/auth/me': () => ok({ user: EDITOR }),
    'GET /api/feedback': () => ok({ items: [VIEW, { ...VIEW, id: 'f-2', code: 'GY-LATE', deadline: 'overdue', daysLeft: -1 }], total: 2, page: 1, pageSize: 20 }),
    'GET /api/feedback/staff': () => ok([{ id: 'u-editor', name: 'Văn phòng' }]),
    'GET /api/feedback/counts': () => ok({ new: 0, soon: 1, overdue: 1 }),
    'GET /api/feedback/f-1': () => ok(DETAIL),
  };
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const url = new URL(input, 'http://localhost');
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ method, url, body });
    const route = routes[`${method} ${url.pathname}`];
    const { status, body: reply } = route ? route({ url, body }) : failure(404, 'NOT_FOUND', `${method} ${url.pathname}`);
    return new Response(JSON.stringify(reply), { status, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => vi.unstubAllGlobals());
afterEach(cleanup);

describe('the feedback inbox (the office finds what is late first)', () => {
  it('shows each item with its working-day deadline and filters on the server by due state', async () => {
    render(<FeedbackInboxPage />, { wrapper: Providers });
    const rows = await screen.findAllByTestId('feedback-row');
    expect(rows.map((r) => within(r).getByTestId('feedback-deadline').textContent)).toEqual(['còn 2 ngày làm việc', 'quá hạn 1 ngày làm việc']);
    await userEvent.selectOptions(screen.getByLabelText('Hạn xử lý'), 'overdue');
    await waitFor(() => expect(Object.fromEntries(sent('GET', '/api/feedback').at(-1)!.url.searchParams)).toMatchObject({ due: 'overdue', page: '1' }));
  });
});

describe('the feedback detail on the form machine', () => {
  it('a step sends the version it started from and shows the stored result', async () => {
    routes['POST /api/feedback/f-1/start'] = () => ok({ ...DETAIL, status: 'processing', version: 3, deadline: 'soon', history: [...DETAIL.history, { at: DETAIL.createdAt, status: 'processing', byName: 'Văn phòng' }] });
    render(<FeedbackDetailPage id="f-1" />, { wrapper: Providers });
    await userEvent.click(await screen.findByTestId('step-start'));
    await waitFor(() => expect(sent('POST', '/api/feedback/f-1/start').map((r) => r.body)).toEqual([{ baseVersion: 2 }]));
    await waitFor(() => expect(screen.getByTestId('feedback-status').textContent).toBe('Đang xử lý'));
    expect(screen.getByTestId('step-reply')).toBeTruthy();
  });

  it('someone else moved it first: the conflict banner offers the newest version, what was typed stays until then', async () => {
    routes['POST /api/feedback/f-1/reject'] = () => failure(409, 'CONFLICT', 'Phản ánh này vừa được người khác cập nhật.');
    render(<FeedbackDetailPage id="f-1" />, { wrapper: Providers });
    await userEvent.type(await screen.findByLabelText('Lý do không tiếp nhận'), 'Không thuộc thẩm quyền');
    await userEvent.click(screen.getByTestId('step-reject'));
    const banner = await screen.findByTestId('form-error');
    expect(banner.textContent).toContain('vừa được người khác cập nhật');
    expect((screen.getByLabelText('Lý do không tiếp nhận') as HTMLTextAreaElement).value).toBe('Không thuộc thẩm quyền');
    routes['GET /api/feedback/f-1'] = () => ok({ ...DETAIL, status: 'processing', version: 3 });
    await userEvent.click(within(banner).getByTestId('conflict-reload'));
    await waitFor(() => expect(screen.getByTestId('feedback-status').textContent).toBe('Đang xử lý'));
  });

  it('the sender stays hidden until asked; asking lists who looked (from the audit)', async () => {
    routes['GET /api/feedback/f-1/sender'] = () => ok({ name: 'Nguyễn Thị Lan', address: 'Nam Đô', phone: '0912345678', email: '' });
    render(<FeedbackDetailPage id="f-1" />, { wrapper: Providers });
    expect(await screen.findByText(/Thông tin người gửi được ẩn/)).toBeTruthy();
    expect(screen.queryByText('Nguyễn Thị Lan')).toBeNull();
    routes['GET /api/feedback/f-1'] = () => ok({ ...DETAIL, senderViews: [{ at: '2026-12-04T03:00:00.000Z', actor: 'vanphong' }] });
    await userEvent.click(screen.getByTestId('feedback-sender-show'));
    expect(await screen.findByText('Nguyễn Thị Lan')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('feedback-sender-views').textContent).toContain('vanphong'));
  });

  it('publishing: a warning about the sender name appears on the field, and the office can confirm it checked', async () => {
    const answered = { ...DETAIL, status: 'answered' as const, reply: 'Đã điều chỉnh giờ trả trẻ.', deadline: 'closed' as const, version: 5 };
    routes['GET /api/feedback/f-1'] = () => ok(answered);
    const publishReplies = [
      failure(400, 'VALIDATION_FAILED', 'Nội dung công khai có thể còn thông tin người gửi.', [{ path: 'summary', message: 'Có họ tên người gửi' }]),
      ok({ ...answered, version: 6, contentId: 'c-1', contentStatus: 'submitted' }),
    ];
    routes['POST /api/feedback/f-1/publish'] = () => publishReplies.shift()!;
    render(<FeedbackDetailPage id="f-1" />, { wrapper: Providers });
    await userEvent.type(await screen.findByLabelText(/Tóm tắt phản ánh/), 'Chị Nguyễn Thị Lan phản ánh giờ trả trẻ.');
    await userEvent.click(screen.getByTestId('step-publish'));
    expect(await screen.findByText('Có họ tên người gửi')).toBeTruthy();
    await userEvent.click(screen.getByTestId('publish-acknowledge'));
    await userEvent.click(screen.getByTestId('step-publish'));
    await waitFor(() => expect(sent('POST', '/api/feedback/f-1/publish').at(-1)?.body).toMatchObject({ baseVersion: 5, acknowledgeSenderMentions: true }));
    expect((await screen.findByTestId('feedback-slide-status')).textContent).toBe('Trang chiếu: Chờ duyệt');
  });
});
