import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiFailure } from '../../../admin/src/api/http.ts';
import { I18nProvider } from '../../../admin/src/i18nContext.tsx';
import { RouterProvider, useRouter } from '../../../admin/src/router.tsx';
import { ConfirmProvider } from '../../../admin/src/ui/ConfirmDialog.tsx';
import { Field } from '../../../admin/src/ui/form/Field.tsx';
import { FormAlert } from '../../../admin/src/ui/form/FormAlert.tsx';
import { useVersionedForm } from '../../../admin/src/ui/form/useVersionedForm.ts';
import { validateWith } from '../../../admin/src/ui/form/validation.ts';
import { translate } from '../../../admin/src/i18n.ts';

/** A stored item as the server keeps it: versioned, like content, schedules and playlists. */
interface Note {
  id: string;
  name: string;
  version: number;
}

const noteInput = z.object({ name: z.string().trim().min(1).max(40), baseVersion: z.number().int().optional() });
type NoteInput = z.infer<typeof noteInput>;

const STORED: Note = { id: 'n1', name: 'Lịch trực tuần', version: 3 };
const say = (key: Parameters<typeof translate>[1]) => translate('vi', key);

/** The smallest editor on top of the form machine: one field, the form alert, a save button, a way to leave. */
function NoteEditor({ send, latest }: { send: (input: NoteInput, stored: Note | null) => Promise<Note>; latest: Note }) {
  const form = useVersionedForm<Note, { name: string }>({
    stored: STORED,
    toValues: (note) => ({ name: note?.name ?? '' }),
    conflictMessage: 'editor.conflict',
  });
  const { navigate } = useRouter();
  return (
    <main>
      <FormAlert message={form.formError} conflict={form.conflict} remoteVersion={null} onReload={() => form.adopt(latest)} />
      <Field name="name" label="Tên" error={form.errors.name}>
        {(control) => <input {...control} value={form.values.name} onChange={(e) => form.update({ name: e.target.value })} />}
      </Field>
      <p data-testid="state">{`${form.dirty ? 'dirty' : 'clean'} v${form.stored?.version ?? 0}`}</p>
      <button
        type="button"
        data-testid="save"
        onClick={() =>
          void form.submit({
            check: (values, stored) => validateWith(noteInput, { ...values, baseVersion: stored?.version }, (key, params) => translate('vi', key, params)),
            send,
          })
        }
      >
        Lưu
      </button>
      <button type="button" data-testid="leave" onClick={() => void navigate({ page: 'screens' }).then((left) => (document.title = left ? 'left' : 'stayed'))}>
        Đi
      </button>
    </main>
  );
}

function renderEditor(send: (input: NoteInput, stored: Note | null) => Promise<Note>, latest: Note = { ...STORED, name: 'Bản của người khác', version: 4 }) {
  return render(
    <I18nProvider>
      <ConfirmProvider>
        <RouterProvider>
          <NoteEditor send={send} latest={latest} />
        </RouterProvider>
      </ConfirmProvider>
    </I18nProvider>,
  );
}

const state = () => screen.getByTestId('state').textContent;
const nameInput = () => screen.getByTestId<HTMLInputElement>('field-name');

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/admin/content/slogan');
  document.title = '';
  // happy-dom lays nothing out; the alert only asks to be scrolled into view.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

describe('useVersionedForm', () => {
  it('is dirty while the values differ from the stored version, and clean again when they match', async () => {
    const user = userEvent.setup();
    renderEditor(vi.fn());
    expect(state()).toBe('clean v3');
    await user.type(nameInput(), ' mới');
    expect(state()).toBe('dirty v3');
    await user.clear(nameInput());
    await user.type(nameInput(), STORED.name);
    expect(state()).toBe('clean v3');
  });

  it('shows the server’s field details under their fields, with the server’s sentence on top', async () => {
    const user = userEvent.setup();
    const send = vi.fn(() =>
      Promise.reject(new ApiFailure(400, 'VALIDATION_FAILED', 'Dữ liệu chưa hợp lệ', [{ path: 'name', message: 'Tên này đã có người dùng' }])),
    );
    renderEditor(send);
    await user.type(nameInput(), ' 2');
    await user.click(screen.getByTestId('save'));
    expect(send).toHaveBeenCalledWith({ name: 'Lịch trực tuần 2', baseVersion: 3 }, STORED);
    expect(await screen.findByTestId('error-name')).toHaveProperty('textContent', 'Tên này đã có người dùng');
    expect(nameInput().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('form-error').textContent).toContain('Dữ liệu chưa hợp lệ');
    expect(state()).toBe('dirty v3'); // the office's edits stay
  });

  it('checks with the shared schema before sending: nothing is sent and the field says why', async () => {
    const user = userEvent.setup();
    const send = vi.fn();
    renderEditor(send);
    await user.clear(nameInput());
    await user.click(screen.getByTestId('save'));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByTestId('error-name').textContent).toBe(say('validation.required'));
    expect(screen.getByTestId('form-error').textContent).toContain(say('editor.fixErrors'));
  });

  it('turns a 409 into the conflict banner, keeps the edits, and loads the newest version only when asked', async () => {
    const user = userEvent.setup();
    renderEditor(() => Promise.reject(new ApiFailure(409, 'CONFLICT', 'Nội dung này vừa được người khác sửa.')));
    await user.type(nameInput(), ' (sửa)');
    await user.click(screen.getByTestId('save'));
    const banner = await screen.findByTestId('form-error');
    expect(banner.className).toContain('alert--warning');
    expect(banner.textContent).toContain(say('editor.conflict'));
    expect(nameInput().value).toBe('Lịch trực tuần (sửa)');
    await user.click(screen.getByTestId('conflict-reload'));
    expect(nameInput().value).toBe('Bản của người khác');
    expect(state()).toBe('clean v4');
    expect(screen.queryByTestId('form-error')).toBeNull();
  });

  it('adopts what the server stored after a save: its values, its version, and a clean form', async () => {
    const user = userEvent.setup();
    renderEditor((input, stored) => Promise.resolve({ id: stored?.id ?? 'new', name: `${input.name} (đã lưu)`, version: 4 }));
    await user.type(nameInput(), ' mới');
    await user.click(screen.getByTestId('save'));
    expect(await screen.findByDisplayValue('Lịch trực tuần mới (đã lưu)')).toBeTruthy();
    expect(state()).toBe('clean v4');
  });

  it('asks before leaving with unsaved edits, and stays when the office says so', async () => {
    const user = userEvent.setup();
    renderEditor(vi.fn());
    await user.click(screen.getByTestId('leave'));
    await act(async () => {}); // a clean form leaves without asking
    expect(document.title).toBe('left');
    window.history.replaceState(null, '', '/admin/content/slogan');

    cleanup();
    renderEditor(vi.fn());
    await user.type(nameInput(), ' mới');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    await user.click(screen.getByTestId('leave'));
    expect((await screen.findByText(say('editor.leaveTitle'))).closest('dialog')).toBeTruthy();
    await user.click(screen.getByTestId('confirm-cancel'));
    await act(async () => {});
    expect(document.title).toBe('stayed');
    expect(window.location.pathname).toBe('/admin/content/slogan');
  });
});
