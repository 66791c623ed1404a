import type { ContentInput, ContentStatus, ContentType, DisplayCommandName, ImportRequest, NotifySettingsUpdate, PairingClaim, ScreenInput, SchoolUpdate } from '@bangtin/shared';
import { authApi, contentApi, displayApi, failedSearchesApi, kioskApi, lookupsApi, notifyApi, schoolApi, screensApi, surveyApi } from '@bangtin/shared/api';
import type { Http } from './http.ts';
import { apiUrl } from './unitBase.ts';
import { createFeedbackPrivacyClient } from './feedbackPrivacyClient.ts';
import { createOpsClient } from './opsClient.ts';
import { createScheduleApi } from './scheduleClient.ts';
import { createAreasApi } from './areasClient.ts';
import { createFeedbackApi } from './feedbackClient.ts';
import { createQuizApi } from './quizClient.ts';
import { createUnitsClient } from './unitsClient.ts';
import { createWardApi } from './wardClient.ts';

export interface ContentFilter {
  type?: ContentType;
  status?: ContentStatus;
  q?: string;
  /** A reform area code; 'none' = items without one. */
  area?: string;
}

/** Every REST call the console makes, each through its route contract in @bangtin/shared/api. */
export function createApiClient({ call }: Http) {
  return {
    auth: {
      // 401 here means "wrong password", not "session expired": keep it out of the global handler.
      login: (username: string, password: string) => call(authApi.login, { body: { username, password } }, { quiet401: true }),
      logout: () => call(authApi.logout, {}, { quiet401: true }),
      me: () => call(authApi.me, {}, { quiet401: true }),
      /** 401 here means "wrong code" or "start again": the login page says which. */
      secondFactor: (code: string) => call(authApi.secondFactor, { body: { code } }, { quiet401: true }),
      totpStatus: () => call(authApi.totpStatus, {}),
      totpSetup: () => call(authApi.totpSetup, {}),
      totpConfirm: (code: string) => call(authApi.totpConfirm, { body: { code } }),
      totpDisable: (password: string, code: string) => call(authApi.totpDisable, { body: { password, code } }),
    },
    content: {
      list: (filter: ContentFilter) =>
        call(contentApi.list, { query: { type: filter.type, status: filter.status, q: filter.q?.trim() || undefined, area: filter.area || undefined } }),
      get: (id: string) => call(contentApi.get, { params: { id } }),
      create: (input: ContentInput) => call(contentApi.create, { body: input }),
      update: (id: string, input: ContentInput) => call(contentApi.update, { params: { id }, body: input }),
      setStatus: (id: string, change: { status: ContentStatus; reason?: string; baseVersion?: number }) =>
        call(contentApi.setStatus, { params: { id }, body: change }),
      approve: (id: string, baseVersion: number) => call(contentApi.approve, { params: { id }, body: { baseVersion } }),
      reject: (id: string, reason: string, baseVersion: number) => call(contentApi.reject, { params: { id }, body: { reason, baseVersion } }),
      /** A draft copy "(bản sao)" of the item. */
      duplicate: (id: string) => call(contentApi.duplicate, { params: { id } }),
      /** Takes back the decision that answered with `version` (a few seconds after it). */
      undoDecision: (id: string, version: number) => call(contentApi.undoDecision, { params: { id }, body: { version } }),
      /** All rows or none: a 400 carries one detail per problem ("Dòng 3, cột …: …"). */
      importFile: (request: ImportRequest) => call(contentApi.importFile, { body: request }),
    },
    screens: {
      list: () => call(screensApi.list, {}),
      create: (input: ScreenInput) => call(screensApi.create, { body: input }),
      update: (id: string, input: ScreenInput) => call(screensApi.update, { params: { id }, body: input }),
      presence: () => call(screensApi.presence, {}),
      /** `delivered` counts the kiosks connected when the command left the server. */
      command: (id: string, command: DisplayCommandName) => call(kioskApi.command, { params: { id }, body: { command } }),
      /** Which screens have a paired device (the others are "chưa ghép nối"). */
      devices: () => call(kioskApi.devices, {}),
      revokeDevice: (id: string) => call(kioskApi.revokeDevice, { params: { id } }),
      /** One device of the screen; the screen's other devices stay believed. */
      revokeOneDevice: (id: string, deviceId: string) => call(kioskApi.revokeOneDevice, { params: { id, deviceId } }),
    },
    /** Anonymous look-up counts of the reception kiosk (editors and up). */
    lookups: { list: () => call(lookupsApi.list, {}), failedSearches: () => call(failedSearchesApi.list, {}) },
    /** The satisfaction survey's report (issue #13 item 3). */
    survey: {
      report: (query: { from: string; to: string }) => call(surveyApi.report, { query }),
      createSlide: () => call(surveyApi.createSlide, {}),
      csvHref: (query: { from: string; to: string }) => apiUrl(surveyApi.reportCsv, {}, { from: query.from, to: query.to }),
    },
    pairing: { claim: (claim: PairingClaim) => call(kioskApi.pairingClaim, { body: claim }) },
    // What a screen should be playing now: its version is what an up-to-date kiosk acknowledges.
    display: { snapshot: (slug: string) => call(displayApi.snapshot, { params: { slug } }) },
    // Also tried on the login page, where a 401 is expected and means nothing.
    school: {
      get: () => call(schoolApi.get, {}, { quiet401: true }),
      update: (school: SchoolUpdate) => call(schoolApi.update, { body: school }),
    },
    /** E-mail notifications (admins): the SMTP password is sent, never read back. */
    notify: {
      get: () => call(notifyApi.get, {}),
      update: (settings: NotifySettingsUpdate) => call(notifyApi.update, { body: settings }),
      test: () => call(notifyApi.test, {}),
    },
    ...createOpsClient(call),
    ...createScheduleApi(call),
    ...createFeedbackPrivacyClient(call),
    ...createAreasApi(call),
    ...createFeedbackApi(call),
    ...createQuizApi(call),
    ...createUnitsClient(call),
    ...createWardApi(call),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
