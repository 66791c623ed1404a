import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RejectSheet } from '../../admin/src/approvals/RejectSheet.tsx';
import { buttonNamed, renderAdmin } from './render.tsx';

const sheet = (busy = false) => {
  const onSend = vi.fn();
  const onClose = vi.fn();
  const rendered = renderAdmin(<RejectSheet label="Khẩu hiệu: Bé khoẻ mỗi ngày" busy={busy} onSend={onSend} onClose={onClose} />);
  return { ...rendered, onSend, onClose };
};

describe('RejectSheet', () => {
  it('opens as a modal dialog naming what is sent back', () => {
    sheet();
    const dialog = screen.getByTestId('reject-sheet') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(screen.getByRole('heading', { name: 'Trả lại nội dung' })).toBeTruthy();
    expect(dialog.textContent).toContain('Khẩu hiệu: Bé khoẻ mỗi ngày');
  });

  it('a quick reason fills the field without sending; she adds words and only the confirm sends', async () => {
    const { user, onSend } = sheet();
    await user.click(screen.getByTestId('quick-reason-1'));
    expect(onSend).not.toHaveBeenCalled();
    const reason = screen.getByTestId('reject-reason') as HTMLTextAreaElement;
    expect(reason.value).toBe('Thiếu nguồn hoặc nguồn chưa chính xác.');
    await user.click(screen.getByTestId('quick-reason-0'));
    await user.type(reason, ' Xem lại đoạn 2.');
    await user.click(screen.getByTestId('reject-send'));
    expect(onSend).toHaveBeenCalledWith('Thiếu nguồn hoặc nguồn chưa chính xác. Sai chính tả, cần sửa lại. Xem lại đoạn 2.');
  });

  it('refuses to send without a reason, then sends the typed one trimmed', async () => {
    const { user, onSend } = sheet();
    await user.click(screen.getByTestId('reject-send'));
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByText('Hãy chọn hoặc nhập lý do trả lại.')).toBeTruthy();
    const reason = screen.getByTestId('reject-reason');
    expect(reason.getAttribute('aria-invalid')).toBe('true');

    await user.type(reason, '  Đổi màu nền sang đỏ ');
    expect(screen.queryByText('Hãy chọn hoặc nhập lý do trả lại.')).toBeNull();
    await user.click(screen.getByTestId('reject-send'));
    expect(onSend).toHaveBeenCalledWith('Đổi màu nền sang đỏ');
  });

  it('cancel closes without sending; while busy nothing can be pressed', async () => {
    const { user, onSend, onClose, unmount } = sheet();
    await user.click(buttonNamed(screen, 'Huỷ'));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onSend).not.toHaveBeenCalled();
    unmount();

    sheet(true);
    expect((screen.getByTestId('quick-reason-0') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('reject-send') as HTMLButtonElement).disabled).toBe(true);
  });
});
