import { useI18n } from '../../i18nContext.tsx';
import { useApi } from '../../session.tsx';
import { useConfirm, type ConfirmRequest } from '../ConfirmDialog.tsx';
import { useToast } from '../Toast.tsx';
import { useFailureMessage } from './useFailureMessage.ts';

/**
 * What a page that changes data reaches for: the API client, the messages, the confirm dialog, toasts and the
 * wording of a failed call (one call instead of the same five hooks at the top of every such page).
 */
export function usePageKit() {
  const api = useApi();
  const { t } = useI18n();
  const confirm = useConfirm();
  const toast = useToast();
  const failureMessage = useFailureMessage();

  /** Ask (as a dangerous action), then delete; `done` runs once the server agreed, and a refusal is toasted. */
  const removeAfterConfirm = async (question: Omit<ConfirmRequest, 'danger'>, remove: () => Promise<unknown>, done: () => void) => {
    if (!(await confirm({ ...question, danger: true }))) return;
    try {
      await remove();
      done();
    } catch (error) {
      toast(failureMessage(error), 'error');
    }
  };

  return { api, t, confirm, toast, failureMessage, removeAfterConfirm };
}
