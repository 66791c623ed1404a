import { screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateInput } from '../../../admin/src/ui/date/DateInput.tsx';
import { Field } from '../../../admin/src/ui/form/Field.tsx';
import { FormAlert } from '../../../admin/src/ui/form/FormAlert.tsx';
import { RowList } from '../../../admin/src/ui/form/RowList.tsx';
import { useFieldIssueLinks } from '../../../admin/src/ui/form/useFieldIssueLinks.ts';
import type { FieldErrors } from '../../../admin/src/ui/form/validation.ts';
import { renderAdmin } from '../render.tsx';

function DateHarness({ initial, onValue }: { initial: string; onValue: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <Field name="validFrom" label="Hiển thị từ ngày">
      {(control) => (
        <DateInput
          {...control}
          value={value}
          onChange={(next) => {
            setValue(next);
            onValue(next);
          }}
        />
      )}
    </Field>
  );
}

describe('DateInput: dd/mm/yyyy whatever the browser language', () => {
  it('shows a stored date day first and hands the form an ISO date as digits are typed', async () => {
    const onValue = vi.fn();
    const { user } = renderAdmin(<DateHarness initial="2026-02-05" onValue={onValue} />);
    const input = screen.getByTestId('field-validFrom') as HTMLInputElement;
    expect(input.type).toBe('text'); // never the browser's own date input (mm/dd/yyyy in an English Chrome)
    expect(input.value).toBe('05/02/2026');
    await user.clear(input);
    await user.type(input, '28112026');
    expect(input.value).toBe('28/11/2026');
    expect(onValue).toHaveBeenLastCalledWith('2026-11-28');
    // A day that does not exist reaches the form as typed, so the shared schema names it instead of dropping it.
    await user.clear(input);
    await user.type(input, '31042026');
    expect(onValue).toHaveBeenLastCalledWith('31/04/2026');
  });

  it('picks from a Monday-first calendar', async () => {
    const onValue = vi.fn();
    const { user } = renderAdmin(<DateHarness initial="2026-11-28" onValue={onValue} />);
    await user.click(screen.getByRole('button', { name: 'Chọn ngày trên lịch' }));
    const calendar = screen.getByRole('dialog', { name: 'Lịch chọn ngày' });
    expect(calendar.textContent).toContain('Tháng 11 năm 2026');
    expect([...calendar.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    await user.click(screen.getByRole('button', { name: 'Tháng sau' }));
    await user.click(screen.getByRole('button', { name: '03/12/2026' }));
    expect(onValue).toHaveBeenLastCalledWith('2026-12-03');
    expect((screen.getByTestId('field-validFrom') as HTMLInputElement).value).toBe('03/12/2026');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

/** A form with two fields and a list, the banner on top: the shape of every content editor. */
function IssueForm({ errors }: { errors: FieldErrors }) {
  const ref = useRef<HTMLFormElement>(null);
  const issues = useFieldIssueLinks(ref, errors);
  return (
    <form ref={ref}>
      <FormAlert message="Chưa gửi duyệt được: còn thiếu các mục dưới đây." conflict={false} remoteVersion={null} onReload={() => undefined} issues={issues} />
      <Field name="code" label="Mã thủ tục" error={errors.code}>
        {(control) => <input {...control} />}
      </Field>
      <RowList name="steps" legend="Trình tự thực hiện" what="bước" rows={[]} onChange={() => undefined} blank={() => ({})} max={5} error={errors.steps} renderRow={() => null} />
      <Field name="agency" label="Cơ quan thực hiện" error={errors.agency}>
        {(control) => <textarea {...control} />}
      </Field>
    </form>
  );
}

describe('the refusal banner names each missing field and takes the office to it', () => {
  it('lists the refused fields by their labels in page order; a click focuses the field', async () => {
    const { user } = renderAdmin(<IssueForm errors={{ agency: 'Không được để trống', steps: 'Không được để trống', code: 'Mã thủ tục có dạng 1.001622' }} />);
    const links = await screen.findAllByTestId('form-issue');
    expect(screen.getByTestId('form-issues').textContent).toBe(
      'Mã thủ tục: Mã thủ tục có dạng 1.001622Trình tự thực hiện: Không được để trốngCơ quan thực hiện: Không được để trống',
    );
    await user.click(links[2]!);
    expect(document.activeElement).toBe(screen.getByTestId('field-agency'));
    await user.click(links[1]!);
    expect(document.activeElement).toBe(screen.getByTestId('add-steps')); // an empty list: its "add" button
  });
});
