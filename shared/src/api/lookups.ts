import { z } from 'zod';
import { failedSearchReport, failedSearchStat, lookupReport, lookupStat } from '../schemas/lookup.ts';
import { contract } from './contract.ts';

export const lookupsApi = {
  report: contract({
    method: 'post',
    path: '/api/display/:slug/lookups',
    summary: 'Màn hình tra cứu báo một lượt xem thủ tục (ẩn danh, giới hạn theo máy gửi)',
    tag: 'display',
    access: 'public',
    body: lookupReport,
    response: z.object({ counted: z.boolean() }),
    status: 202,
  }),
  list: contract({
    method: 'get',
    path: '/api/lookups',
    summary: 'Số lượt tra cứu từng thủ tục trên màn hình tiếp nhận (7 ngày, 30 ngày, tổng)',
    tag: 'lookups',
    access: 'editor',
    response: z.array(lookupStat),
  }),
};

/** Reception searches that found nothing: reported by the kiosk, listed for the office ("Tìm không thấy"). */
export const failedSearchesApi = {
  report: contract({
    method: 'post',
    path: '/api/display/:slug/failed-searches',
    summary: 'Màn hình tra cứu báo một lượt tìm không thấy (chỉ các chữ đã gõ, bỏ dấu; không ghi ai tìm)',
    tag: 'display',
    access: 'public',
    body: failedSearchReport,
    response: z.object({ counted: z.boolean() }),
    status: 202,
  }),
  list: contract({
    method: 'get',
    path: '/api/lookups/failed-searches',
    summary: 'Những gì phụ huynh tìm mà không thấy trên màn hình tra cứu (7 ngày, 30 ngày)',
    tag: 'lookups',
    access: 'editor',
    response: z.array(failedSearchStat),
  }),
};
