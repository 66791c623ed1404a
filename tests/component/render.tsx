import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../admin/src/i18nContext.tsx';

/**
 * Renders an admin component inside the console's language provider (Vietnamese, as on a first visit; `rerender` keeps
 * it), with a user-event session for clicks and typing.
 */
export function renderAdmin(ui: ReactElement): RenderResult & { user: UserEvent } {
  return Object.assign(render(ui, { wrapper: I18nProvider }), { user: userEvent.setup() });
}

/** A button found by its accessible name, typed so `.disabled` can be read without extra matchers. */
export const buttonNamed = (within: { getByRole: RenderResult['getByRole'] }, name: string | RegExp) =>
  within.getByRole('button', { name }) as HTMLButtonElement;
