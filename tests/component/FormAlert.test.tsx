import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FormAlert } from '../../admin/src/ui/form/FormAlert.tsx';
import { renderAdmin } from './render.tsx';

describe('FormAlert', () => {
  it('shows nothing while there is nothing to say', () => {
    const { container } = renderAdmin(<FormAlert message={null} conflict={false} remoteVersion={null} onReload={() => undefined} />);
    expect(container.innerHTML).toBe('');
  });

  it('reads a refusal out as an alert, without a reload button', () => {
    renderAdmin(<FormAlert message="Chưa lưu được: kiểm tra các ô được đánh dấu." conflict={false} remoteVersion={null} onReload={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Chưa lưu được');
    expect(alert.className).toContain('alert--error');
    expect(screen.queryByTestId('conflict-reload')).toBeNull();
  });

  it('a conflict offers to load the newest version', async () => {
    const onReload = vi.fn();
    const { user } = renderAdmin(<FormAlert message="Người khác vừa lưu thay đổi trước bạn." conflict remoteVersion={4} onReload={onReload} />);
    expect(screen.getByRole('alert').className).toContain('alert--warning');
    // The "someone else changed it" notice gives way to the conflict itself.
    expect(screen.queryByTestId('remote-changed')).toBeNull();
    await user.click(screen.getByTestId('conflict-reload'));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('warns before saving when another person saved a newer version', async () => {
    const onReload = vi.fn();
    const { user } = renderAdmin(<FormAlert message={null} conflict={false} remoteVersion={3} onReload={onReload} />);
    const notice = screen.getByTestId('remote-changed');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('phiên bản 3');
    await user.click(screen.getByRole('button', { name: 'Tải bản mới nhất (bỏ thay đổi của tôi)' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});
