import type { CommPlanInput, ReformArea } from '@bangtin/shared';
import { areaReportsApi, areasApi, plansApi } from '@bangtin/shared/api';
import type { Http } from './http.ts';
import { apiUrl } from './unitBase.ts';

/** Reform areas, the yearly communication plan and the reports by area (issue #14), merged into the ApiClient. */
export function createAreasApi(call: Http['call']) {
  return {
    areas: {
      list: () => call(areasApi.list, {}),
      save: (areas: ReformArea[]) => call(areasApi.save, { body: { areas } }),
      report: (query: { from: string; to: string; screenId?: string | undefined }) => call(areaReportsApi.areas, { query }),
    },
    plans: {
      get: (year: number) => call(plansApi.get, { params: { year: String(year) } }),
      save: (year: number, input: CommPlanInput) => call(plansApi.save, { params: { year: String(year) }, body: input }),
      report: (year: number, period: { from?: string; to?: string } = {}) => call(plansApi.progress, { params: { year: String(year) }, query: period }),
      /** A download link (the browser sends the session cookie). */
      csvUrl: (year: number, period: { from?: string; to?: string } = {}) => apiUrl(plansApi.csv, { year: String(year) }, period),
    },
  };
}
