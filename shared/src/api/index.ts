import { areaReportsApi, areasApi, plansApi } from './areas.ts';
import { auditApi } from './audit.ts';
import { authApi } from './auth.ts';
import { contentApi } from './content.ts';
import { displayApi } from './display.ts';
import { emergenciesApi } from './emergencies.ts';
import { feedbackPhotosApi, feedbackPrivacyApi } from './feedbackPrivacy.ts';
import { kioskApi } from './kiosk.ts';
import { failedSearchesApi, lookupsApi } from './lookups.ts';
import { feedbackApi } from './feedback.ts';
import { mediaApi } from './media.ts';
import { notifyApi } from './notify.ts';
import { publicFeedbackApi } from './publicFeedback.ts';
import { reportsApi } from './reports.ts';
import { daypartsApi, playlistsApi, schedulesApi } from './schedules.ts';
import { schoolApi } from './school.ts';
import { screensApi } from './screens.ts';
import { usersApi } from './users.ts';
import { surveyApi } from './survey.ts';
import { quizApi } from './quiz.ts';
import { unitsApi } from './units.ts';
import { wardFeedApi } from './wardFeed.ts';

export * from './contract.ts';
export { unitBaseFromPath } from './base.ts';
export { auditApi, authApi, contentApi, daypartsApi, displayApi, emergenciesApi, kioskApi, lookupsApi, mediaApi, playlistsApi };
export { reportsApi, schedulesApi, schoolApi, screensApi, usersApi };
export { failedSearchesApi };
export { notifyApi };
export { feedbackPhotosApi, feedbackPrivacyApi, publicFeedbackApi };
export { areaReportsApi, areasApi, plansApi };
export { feedbackApi };
export { surveyApi };
export { quizApi };
export { unitsApi };
export { wardFeedApi };
export type { InheritedContentSummary, InheritedItems } from './wardFeed.ts';

/** Every REST route of the server, by domain: the server binds a handler to each, the console calls them. */
export const api = {
  auth: authApi,
  content: contentApi,
  school: schoolApi,
  screens: screensApi,
  kiosk: kioskApi,
  display: displayApi,
  audit: auditApi,
  schedules: schedulesApi,
  playlists: playlistsApi,
  dayparts: daypartsApi,
  emergencies: emergenciesApi,
  reports: reportsApi,
  users: usersApi,
  media: mediaApi,
  lookups: lookupsApi,
  failedSearches: failedSearchesApi,
  notify: notifyApi,
  publicFeedback: publicFeedbackApi,
  feedbackPrivacy: feedbackPrivacyApi,
  feedbackPhotos: feedbackPhotosApi,
  areas: areasApi,
  areaReports: areaReportsApi,
  plans: plansApi,
  feedback: feedbackApi,
  survey: surveyApi,
  quiz: quizApi,
  units: unitsApi,
  wardFeed: wardFeedApi,
};
