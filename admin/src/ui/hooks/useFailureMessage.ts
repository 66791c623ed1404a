import { useCallback } from 'react';
import { ApiFailure } from '../../api/http.ts';
import { useI18n } from '../../i18nContext.tsx';

/** A person-readable sentence for any failed call: the server's Vietnamese message, or ours by code. */
export function useFailureMessage() {
  const { t, language } = useI18n();
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiFailure)) return t('error.generic');
      switch (error.code) {
        case 'NETWORK':
          return t('error.network');
        case 'FORBIDDEN':
          return language === 'vi' && error.message ? error.message : t('error.forbidden');
        case 'NOT_FOUND':
          return t('error.notFound');
        case 'INTERNAL':
          return t('error.generic');
        default:
          // Server messages are Vietnamese; in English mode fall back to our generic sentence.
          return language === 'vi' && error.message ? error.message : t('error.generic');
      }
    },
    [t, language],
  );
}
