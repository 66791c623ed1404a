import { z } from 'zod';
import { daypart, daypartList, playlist, playlistInput, scheduleEntry, scheduleInput, scheduleWarning } from '../schemas/schedule.ts';
import { isoDateTime } from '../schemas/text.ts';
import { contract } from './contract.ts';

const saved = z.object({ entry: scheduleEntry, warnings: z.array(scheduleWarning) });
const deleted = z.object({ deleted: z.string() });
const planItem = z.object({ contentId: z.string(), entryId: z.string().nullable(), durationSeconds: z.int().nullable(), everyMinutes: z.int().nullable().default(null), sharePercent: z.int().nullable().default(null) });
/** The loop as the screen plays it (frequent notices repeated): its length and how often each item comes round. */
const loopFigures = z.object({
  seconds: z.number(),
  items: z.array(z.object({ contentId: z.string(), seconds: z.number(), plays: z.int(), perHour: z.number(), longestGapSeconds: z.number() })),
});
const screenPlan = z.object({
  screenId: z.string(),
  items: z.array(planItem),
  loop: loopFigures.optional(),
  activeEntryIds: z.array(z.string()),
  emergencyId: z.string().nullable(),
  nextChangeAt: isoDateTime.nullable(),
});
const segment = z.object({
  from: isoDateTime,
  until: isoDateTime,
  items: z.array(planItem),
  activeEntryIds: z.array(z.string()),
  emergencyId: z.string().nullable(),
});

export const schedulesApi = {
  list: contract({
    method: 'get',
    path: '/api/schedules',
    summary: 'Lịch phát, danh sách phát và khung giờ mẫu',
    tag: 'schedules',
    access: 'editor',
    response: z.object({ entries: z.array(scheduleEntry), playlists: z.array(playlist), dayparts: z.array(daypart) }),
  }),
  create: contract({
    method: 'post',
    path: '/api/schedules',
    summary: 'Tạo lịch phát (trả về cả các cảnh báo cần xem lại)',
    tag: 'schedules',
    access: 'editor',
    body: scheduleInput,
    response: saved,
    status: 201,
  }),
  check: contract({
    method: 'post',
    path: '/api/schedules/check',
    summary: 'Kiểm tra một lịch phát mà không lưu: lỗi theo trường và cảnh báo',
    tag: 'schedules',
    access: 'editor',
    body: scheduleInput.and(z.object({ id: z.string().max(80).optional() })),
    response: z.object({ warnings: z.array(scheduleWarning) }),
  }),
  plan: contract({
    method: 'get',
    path: '/api/schedules/plan',
    summary: 'Màn hình chiếu gì vào một thời điểm (mặc định: bây giờ)',
    tag: 'schedules',
    access: 'editor',
    query: z.object({ at: isoDateTime.optional(), screen: z.string().max(80).optional() }),
    response: z.object({ at: isoDateTime, plans: z.array(screenPlan) }),
  }),
  timeline: contract({
    method: 'get',
    path: '/api/schedules/timeline',
    summary: 'Dòng thời gian của một màn hình (tối đa 14 ngày)',
    tag: 'schedules',
    access: 'editor',
    query: z.object({ screen: z.string().min(1).max(80), from: isoDateTime, until: isoDateTime }),
    response: z.object({ segments: z.array(segment) }),
  }),
  update: contract({
    method: 'put',
    path: '/api/schedules/:id',
    summary: 'Sửa lịch phát (baseVersion chống ghi đè)',
    tag: 'schedules',
    access: 'editor',
    body: scheduleInput,
    response: saved,
  }),
  unassignDirect: contract({
    method: 'post',
    path: '/api/schedules/:id/unassign-direct',
    summary: 'Bỏ gán trực tiếp các nội dung của lịch khỏi những màn hình lịch chiếu tới (để chúng chỉ chiếu theo lịch)',
    tag: 'schedules',
    access: 'editor',
    response: z.object({ changed: z.array(z.string()), warnings: z.array(scheduleWarning) }),
  }),
  remove: contract({
    method: 'delete',
    path: '/api/schedules/:id',
    summary: 'Xóa lịch phát',
    tag: 'schedules',
    access: 'editor',
    response: deleted,
  }),
};

export const playlistsApi = {
  list: contract({
    method: 'get',
    path: '/api/playlists',
    summary: 'Danh sách phát',
    tag: 'schedules',
    access: 'editor',
    response: z.array(playlist),
  }),
  create: contract({
    method: 'post',
    path: '/api/playlists',
    summary: 'Tạo danh sách phát',
    tag: 'schedules',
    access: 'editor',
    body: playlistInput,
    response: playlist,
    status: 201,
  }),
  update: contract({
    method: 'put',
    path: '/api/playlists/:id',
    summary: 'Sửa danh sách phát',
    tag: 'schedules',
    access: 'editor',
    body: playlistInput,
    response: playlist,
  }),
  remove: contract({
    method: 'delete',
    path: '/api/playlists/:id',
    summary: 'Xóa danh sách phát (không được khi đang dùng)',
    tag: 'schedules',
    access: 'editor',
    response: deleted,
  }),
};

export const daypartsApi = {
  save: contract({
    method: 'put',
    path: '/api/dayparts',
    summary: 'Sửa khung giờ mẫu (giờ đón trẻ, giờ trả trẻ…)',
    tag: 'schedules',
    access: 'editor',
    body: daypartList,
    response: z.array(daypart),
  }),
};
