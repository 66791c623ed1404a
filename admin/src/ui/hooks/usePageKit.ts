import { useI18n } from '../../i18nContext.tsx';
import { useApi } from '../../session.tsx';
import { useConfirm } from '../ConfirmDialog.tsx';
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
  return { api, t, confirm, toast, failureMessage };
}
