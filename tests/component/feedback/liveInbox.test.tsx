import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackCounts, FeedbackView } from '@bangtin/shared';
import { I18nProvider } from '../../../admin/src/i18nContext.tsx';
import { RouterProvider } from '../../../admin/src/router.tsx';
import { FeedbackInboxPage } from '../../../admin/src/feedback/FeedbackInboxPage.tsx';

/** The console's API and its /admin socket, replaced: the test plays the server that pushes `feedback:updated`. */
const api = { feedback: {} as Record<string, ReturnType<typeof vi.fn>> };
vi.mock('../../../admin/src/session.tsx', () => ({ useApi: () => api }));
const pushes: ((counts: FeedbackCounts | null) => void)[] = [];
vi.mock('../../../admin/src/ui/hooks/useServerEvent.ts', () => ({
  useServerEvent: (name: string, handler: (counts: FeedbackCounts | null) => void) => {
    if (name === 'feedback:updated') pushes.push(handler);
  },
}));

const item = (n: number): FeedbackView => ({
  id: `f-${n}`,
  code: `GY-AB${n}C`,
  subject: 'proposal',
  content: `Đề xuất số ${n}`,
  status: 'new',
  createdAt: '2026-12-04T02:00:00.000Z',
  updatedAt: '2026-12-04T02:00:00.000Z',
  dueDate: '2026-12-18',
  history: [{ at: '2026-12-04T02:00:00.000Z', status: 'new' }],
  version: 1,
  hasEmail: false,
  hasPhone: true,
  senderPurged: false,
  deadline: 'ok',
  daysLeft: 10,
});

const Providers = ({ children }: { children: ReactNode }) => (
  <I18nProvider>
    <RouterProvider>{children}</RouterProvider>
  </I18nProvider>
);

afterEach(cleanup);

describe('the office does not have to reload the inbox to see a parent’s new feedback', () => {
  it('a push from the server refetches the list and the count of new items shows on the page', async () => {
    let stored = [item(1)];
    api.feedback = {
      list: vi.fn(async () => ({ items: stored, total: stored.length, page: 1, pageSize: 20 })),
      staff: vi.fn(async () => []),
      counts: vi.fn(async () => ({ new: stored.length, soon: 0, overdue: 0 })),
    };
    render(<FeedbackInboxPage />, { wrapper: Providers });
    expect(await screen.findAllByTestId('feedback-row')).toHaveLength(1);
    expect((await screen.findByTestId('feedback-new-count')).textContent).toBe('1 phản ánh mới chưa tiếp nhận');

    // A parent sends one from /gop-y: the server announces it on the /admin socket.
    stored = [item(2), item(1)];
    act(() => pushes.at(-1)?.(null));
    expect(await screen.findByText('GY-AB2C')).toBeTruthy();
    expect(screen.getAllByTestId('feedback-row')).toHaveLength(2);
    expect((await screen.findByText('2 phản ánh mới chưa tiếp nhận')).dataset.testid).toBe('feedback-new-count');
  });
});
