import { useEffect } from 'react';
import { useConfirm } from '../ConfirmDialog.tsx';
import { useI18n } from '../../i18nContext.tsx';
import { useRouter } from '../../router.tsx';

/** While `active`, closing the tab and in-app navigation both ask before unsaved edits are thrown away. */
export function useLeaveGuard(active: boolean) {
  const { setLeaveGuard } = useRouter();
  const confirm = useConfirm();
  const { t } = useI18n();

  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older Chromium needs it set to show the prompt
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    setLeaveGuard(() =>
      confirm({
        title: t('editor.leaveTitle'),
        body: t('editor.leaveBody'),
        confirmLabel: t('editor.leave'),
        cancelLabel: t('editor.stay'),
        danger: true,
      }),
    );
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      setLeaveGuard(null);
    };
  }, [active, confirm, setLeaveGuard, t]);
}
