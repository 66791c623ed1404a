import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider } from '../../admin/src/i18nContext.tsx';
import { RouterProvider } from '../../admin/src/router.tsx';
import { SessionProvider, useSession } from '../../admin/src/session.tsx';
import { ConfirmProvider } from '../../admin/src/ui/ConfirmDialog.tsx';
import { ToastProvider } from '../../admin/src/ui/Toast.tsx';

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

/** The console shows a page once the session check (GET /api/auth/me, the test's stubbed fetch) says who is signed in. */
function SignedIn({ children }: { children: ReactNode }) {
  return useSession().state.status === 'signedIn' ? children : null;
}

/** Renders a console page as the app does for a signed-in user: toasts, the confirm dialog, the router and the session. */
export const renderSignedIn = (page: ReactElement) =>
  renderAdmin(
    <ToastProvider>
      <ConfirmProvider>
        <RouterProvider>
          <SessionProvider>
            <SignedIn>{page}</SignedIn>
          </SessionProvider>
        </RouterProvider>
      </ConfirmProvider>
    </ToastProvider>,
  );
