import type { CommPlan, CommPlanInput, ReformArea } from '@bangtin/shared';
import { unitPath } from '../api/unitBase.ts';

/** One plan line as the form holds it: '' = no target. */
export interface TargetRow {
  area: string;
  screenHoursPerQuarter: string;
  newItems: string;
  feedbackAnsweredOnTime: string;
  surveyResponses: string;
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const number = (value: string) => (value.trim() === '' ? null : Number(value.replace(',', '.')));

/** A row for every area of the school's list (and any area the stored plan still names). */
export function rowsOf(areas: readonly ReformArea[], plan: CommPlan | null): TargetRow[] {
  const codes = [...areas.map((a) => a.code), ...(plan?.targets.map((t) => t.area).filter((code) => !areas.some((a) => a.code === code)) ?? [])];
  return codes.map((area) => {
    const target = plan?.targets.find((t) => t.area === area);
    return {
      area,
      screenHoursPerQuarter: text(target?.screenHoursPerQuarter),
      newItems: text(target?.newItems),
      feedbackAnsweredOnTime: text(target?.feedbackAnsweredOnTime),
      surveyResponses: text(target?.surveyResponses),
    };
  });
}

/** Back to the contract; the shared schema says what is wrong with a figure (NaN → "Nhập số"). */
export function inputOf(title: string, rows: readonly TargetRow[], baseVersion: number | undefined): CommPlanInput {
  return {
    title,
    targets: rows.map((r) => ({
      area: r.area,
      screenHoursPerQuarter: number(r.screenHoursPerQuarter),
      newItems: number(r.newItems),
      feedbackAnsweredOnTime: number(r.feedbackAnsweredOnTime),
      surveyResponses: number(r.surveyResponses),
    })),
    ...(baseVersion === undefined ? {} : { baseVersion }),
  };
}

/** The yearly report's print page (server-rendered, session cookie) and its period. */
export const planPrintHref = (year: number) => unitPath(`/in/bao-cao?nam=${year}`);
