import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackDetail, FeedbackView } from '@bangtin/shared';
import { ApiFailure } from '../../../admin/src/api/http.ts';
import { I18nProvider } from '../../../admin/src/i18nContext.tsx';
import { RouterProvider } from '../../../admin/src/router.tsx';
import { ToastProvider } from '../../../admin/src/ui/Toast.tsx';
import { ConfirmProvider } from '../../../admin/src/ui/ConfirmDialog.tsx';
import { FeedbackInboxPage } from '../../../admin/src/feedback/FeedbackInboxPage.tsx';
import { FeedbackDetailPage } from '../../../admin/src/feedback/FeedbackDetailPage.tsx';

/** The console's API, replaced per test: the pages only ever talk to `useApi()`. */
const api = { feedback: {} as Record<string, ReturnType<typeof vi.fn>> };
vi.mock('../../../admin/src/session.tsx', () => ({
  useApi: () => api,
  useCurrentUser: () => ({ id: 'u-editor', username: 'vanphong', displayName: 'Văn phòng', role: 'editor' }),
}));

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

const Providers = ({ children }: { children: ReactNode }) => (
  <I18nProvider>
    <RouterProvider>
      <ToastProvider>
        <ConfirmProvider>{children}</ConfirmProvider>
      </ToastProvider>
    </RouterProvider>
  </I18nProvider>
);

beforeEach(() => {
  api.feedback = {
    list: vi.fn(async () => ({ items: [VIEW, { ...VIEW, id: 'f-2', code: 'GY-LATE', deadline: 'overdue', daysLeft: -1 }], total: 2, page: 1, pageSize: 20 })),
    staff: vi.fn(async () => [{ id: 'u-editor', name: 'Văn phòng' }]),
    counts: vi.fn(async () => ({ new: 0, soon: 1, overdue: 1 })),
    get: vi.fn(async () => DETAIL),
  };
});
afterEach(cleanup);

describe('the feedback inbox (the office finds what is late first)', () => {
  it('shows each item with its working-day deadline and filters on the server by due state', async () => {
    render(<FeedbackInboxPage />, { wrapper: Providers });
    const rows = await screen.findAllByTestId('feedback-row');
    expect(rows.map((r) => within(r).getByTestId('feedback-deadline').textContent)).toEqual(['còn 2 ngày làm việc', 'quá hạn 1 ngày làm việc']);
    await userEvent.selectOptions(screen.getByLabelText('Hạn xử lý'), 'overdue');
    await waitFor(() => expect(api.feedback.list).toHaveBeenLastCalledWith(expect.objectContaining({ due: 'overdue', page: 1 })));
  });
});

describe('the feedback detail on the form machine', () => {
  it('a step sends the version it started from and shows the stored result', async () => {
    api.feedback.start = vi.fn(async () => ({ ...DETAIL, status: 'processing', version: 3, deadline: 'soon', history: [...DETAIL.history, { at: DETAIL.createdAt, status: 'processing', byName: 'Văn phòng' }] }));
    render(<FeedbackDetailPage id="f-1" />, { wrapper: Providers });
    await userEvent.click(await screen.findByTestId('step-start'));
    expect(api.feedback.start).toHaveBeenCalledWith('f-1', 2);
    await waitFor(() => expect(screen.getByTestId('feedback-status').textContent).toBe('Đang xử lý'));
    expect(screen.getByTestId('step-reply')).toBeTruthy();
  });

  it('someone else moved it first: the conflict banner offers the newest version, what was typed stays until then', async () => {
    api.feedback.reject = vi.fn(async () => {
      throw new ApiFailure(409, 'CONFLICT', 'Phản ánh này vừa được người khác cập nhật.');
    });
    render(<FeedbackDetailPage id="f-1" />, { wrapper: Providers });
    await userEvent.type(await screen.findByLabelText('Lý do không tiếp nhận'), 'Không thuộc thẩm quyền');
    await userEvent.click(screen.getByTestId('step-reject'));
    const banner = await screen.findByTestId('form-error');
    expect(banner.textContent).toContain('vừa được người khác cập nhật');
    expect((screen.getByLabelText('Lý do không tiếp nhận') as HTMLTextAreaElement).value).toBe('Không thuộc thẩm quyền');
    api.feedback.get = vi.fn(async () => ({ ...DETAIL, status: 'processing', version: 3 }));
    await userEvent.click(within(banner).getByTestId('conflict-reload'));
    await waitFor(() => expect(screen.getByTestId('feedback-status').textContent).toBe('Đang xử lý'));
  });

  it('the sender stays hidden until asked; asking lists who looked (from the audit)', async () => {
    api.feedback.sender = vi.fn(async () => ({ name: 'Nguyễn Thị Lan', address: 'Nam Đô', phone: '0912345678', email: '' }));
    render(<FeedbackDetailPage id="f-1" />, { wrapper: Providers });
    expect(await screen.findByText(/Thông tin người gửi được ẩn/)).toBeTruthy();
    expect(screen.queryByText('Nguyễn Thị Lan')).toBeNull();
    api.feedback.get = vi.fn(async () => ({ ...DETAIL, senderViews: [{ at: '2026-12-04T03:00:00.000Z', actor: 'vanphong' }] }));
    await userEvent.click(screen.getByTestId('feedback-sender-show'));
    expect(await screen.findByText('Nguyễn Thị Lan')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('feedback-sender-views').textContent).toContain('vanphong'));
  });

  it('publishing: a warning about the sender name appears on the field, and the office can confirm it checked', async () => {
    const answered = { ...DETAIL, status: 'answered' as const, reply: 'Đã điều chỉnh giờ trả trẻ.', deadline: 'closed' as const, version: 5 };
    api.feedback.get = vi.fn(async () => answered);
    api.feedback.publish = vi
      .fn()
      .mockRejectedValueOnce(new ApiFailure(400, 'VALIDATION_FAILED', 'Nội dung công khai có thể còn thông tin người gửi.', [{ path: 'summary', message: 'Có họ tên người gửi' }]))
      .mockResolvedValueOnce({ ...answered, version: 6, contentId: 'c-1', contentStatus: 'submitted' });
    render(<FeedbackDetailPage id="f-1" />, { wrapper: Providers });
    await userEvent.type(await screen.findByLabelText(/Tóm tắt phản ánh/), 'Chị Nguyễn Thị Lan phản ánh giờ trả trẻ.');
    await userEvent.click(screen.getByTestId('step-publish'));
    expect(await screen.findByText('Có họ tên người gửi')).toBeTruthy();
    await userEvent.click(screen.getByTestId('publish-acknowledge'));
    await userEvent.click(screen.getByTestId('step-publish'));
    expect(api.feedback.publish).toHaveBeenLastCalledWith('f-1', expect.objectContaining({ baseVersion: 5, acknowledgeSenderMentions: true }));
    expect((await screen.findByTestId('feedback-slide-status')).textContent).toBe('Trang chiếu: Chờ duyệt');
  });
});
