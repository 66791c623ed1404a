import { feedbackPhotosApi, feedbackPrivacyApi } from '@bangtin/shared/api';
import type { Http } from './http.ts';
import { apiUrl } from './unitBase.ts';
import { postDownload } from './postDownload.ts';

/** The sender-data page (admins): find, export, delete one sender's details; the retention setting. */
export function createFeedbackPrivacyClient(call: Http['call']) {
  return {
    feedbackPrivacy: {
      /** The contact goes in the request body, never in a URL (proxy logs). */
      find: (contact: string) => call(feedbackPrivacyApi.find, { body: { contact } }),
      /** Posts the contact and saves the reply as a file (the server audits it). */
      exportFile: (contact: string, format: 'json' | 'csv') => postDownload(feedbackPrivacyApi.export, { contact, format }, `du-lieu-nguoi-gui.${format}`),
      erase: (contact: string) => call(feedbackPrivacyApi.erase, { body: { contact } }),
      retention: () => call(feedbackPrivacyApi.retention, {}),
      setRetention: (months: number) => call(feedbackPrivacyApi.setRetention, { body: { months } }),
      /** The photo a sender attached, shown to signed-in staff only. */
      photoHref: (id: string) => apiUrl(feedbackPhotosApi.get, { id }),
    },
  };
}
