import type { Clock } from '../clock.ts';
import type { AuditLog } from '../domain/audit.ts';
import { createCommPlanService } from '../domain/commPlans.ts';
import { createReformAreaService } from '../domain/reformAreas.ts';
import type { ProofLog } from '../proof/proofLog.ts';
import type { Store } from '../store/store.ts';
import { createAreaReports } from './areaReport.ts';
import { createPlanReports, type PlanMetricSources } from './planReport.ts';

/** Reform areas, the yearly plan and their reports, built together so app.ts wires them in one line. */
export function createAreaServices(deps: { store: Store; clock: Clock; audit: AuditLog; proofLog: ProofLog; metrics?: PlanMetricSources }) {
  return {
    areas: createReformAreaService(deps),
    areaReports: createAreaReports(deps),
    plans: createCommPlanService(deps),
    planReports: createPlanReports(deps),
  };
}
export type AreaServices = ReturnType<typeof createAreaServices>;
