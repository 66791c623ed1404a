import { feedbackPhotosApi, feedbackPrivacyApi, urlFor } from '@bangtin/shared/api';
import type { Http } from './http.ts';

/** The sender-data page (admins): find, export, delete one sender's details; the retention setting. */
export function createFeedbackPrivacyClient(call: Http['call']) {
  return {
    feedbackPrivacy: {
      find: (contact: string) => call(feedbackPrivacyApi.find, { query: { contact } }),
      /** A download link (the browser saves the file; the server audits it). */
      exportHref: (contact: string, format: 'json' | 'csv') => urlFor(feedbackPrivacyApi.export, {}, { contact, format }),
      erase: (contact: string) => call(feedbackPrivacyApi.erase, { body: { contact } }),
      retention: () => call(feedbackPrivacyApi.retention, {}),
      setRetention: (months: number) => call(feedbackPrivacyApi.setRetention, { body: { months } }),
      /** The photo a sender attached, shown to signed-in staff only. */
      photoHref: (id: string) => urlFor(feedbackPhotosApi.get, { id }),
    },
  };
}
