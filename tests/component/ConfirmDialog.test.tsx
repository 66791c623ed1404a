import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConfirmProvider, useConfirm } from '../../admin/src/ui/ConfirmDialog.tsx';
import { renderAdmin } from './render.tsx';

/** A page that asks before it acts, and shows the answer it got. */
function Asker() {
  const confirm = useConfirm();
  const [answer, setAnswer] = useState('chưa hỏi');
  const ask = async () => {
    const ok = await confirm({ title: 'Kết thúc thông báo khẩn?', body: 'Các màn hình trở lại lịch phát.', confirmLabel: 'Kết thúc', cancelLabel: 'Không', danger: true });
    setAnswer(ok ? 'đồng ý' : 'không');
  };
  return (
    <>
      <button type="button" onClick={() => void ask()}>
        Hỏi
      </button>
      <output data-testid="answer">{answer}</output>
    </>
  );
}

const renderAsker = () =>
  renderAdmin(
    <ConfirmProvider>
      <Asker />
    </ConfirmProvider>,
  );

describe('ConfirmDialog', () => {
  it('asks in a modal dialog and answers yes on the confirm button', async () => {
    const { user } = renderAsker();
    const dialog = screen.getByTestId('confirm-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Hỏi' }));
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Kết thúc thông báo khẩn?');
    expect(screen.getByTestId('confirm-ok').className).toContain('button--danger');
    await user.click(screen.getByTestId('confirm-ok'));
    expect(screen.getByTestId('answer').textContent).toBe('đồng ý');
    expect(dialog.open).toBe(false);
  });

  it('cancel answers no', async () => {
    const { user } = renderAsker();
    await user.click(screen.getByRole('button', { name: 'Hỏi' }));
    await user.click(screen.getByTestId('confirm-cancel'));
    expect(screen.getByTestId('answer').textContent).toBe('không');
  });

  it('refuses to work without its provider', () => {
    expect(() => renderAdmin(<Asker />)).toThrow('useConfirm needs a <ConfirmProvider> above it');
  });
});
