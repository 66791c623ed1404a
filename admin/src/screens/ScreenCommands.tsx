import { useState } from 'react';
import type { DisplayCommandName, Screen } from '@bangtin/shared';
import { useToast } from '../ui/Toast.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';

/** Display order: find the screen first, then fix it, then step through its slides. */
const COMMANDS: readonly DisplayCommandName[] = ['identify', 'reload', 'previous', 'next'];

/** Remote commands reach every kiosk that has this screen open right now; nothing is queued for later. */
export function ScreenCommands({ screen }: { screen: Screen }) {
  const api = useApi();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const { t } = useI18n();
  const [sending, setSending] = useState<DisplayCommandName | null>(null);

  const send = async (command: DisplayCommandName) => {
    setSending(command);
    try {
      const { delivered } = await api.screens.command(screen.id, command);
      if (delivered > 0) toast(t('commands.sent', { count: delivered, command: t(`commands.${command}`), name: screen.name }));
      else toast(t('commands.none', { name: screen.name }), 'error');
    } catch (error) {
      toast(failureMessage(error), 'error');
    } finally {
      setSending(null);
    }
  };

  return (
    <div className="screen-commands" role="group" aria-label={t('commands.group', { name: screen.name })}>
      {COMMANDS.map((command) => (
        <button
          key={command}
          type="button"
          className="button button--small"
          disabled={sending !== null}
          aria-busy={sending === command}
          aria-label={t('commands.buttonLabel', { command: t(`commands.${command}`), name: screen.name })}
          onClick={() => void send(command)}
          data-testid={`command-${command}`}
        >
          {t(`commands.${command}`)}
        </button>
      ))}
    </div>
  );
}
