import request from 'supertest';
import type { TestApp } from './testApp.ts';

export interface SenderFixture {
  name: string;
  address: string;
  phone: string;
  email: string;
  subject: string;
  content: string;
}

export const parentFeedback = (over: Partial<SenderFixture> = {}): SenderFixture => ({
  name: 'Nguyễn Thị Hoa',
  address: 'Số 12 ngõ 34 phố Nam Đô, Hà Nội',
  phone: '0912 345 678',
  email: '',
  subject: 'handling',
  content: 'Hồ sơ chuyển trường của con tôi nộp ngày 20/11 đã quá hạn mà chưa có kết quả.',
  ...over,
});

/** Opens /gop-y like a browser, waits like a person (the injected clock), and returns the form guard's stamp. */
export async function openForm(t: TestApp, seconds = 5): Promise<string> {
  const page = await request(t.url).get('/gop-y').expect(200);
  const stamp = /name="_t" value="([^"]+)"/.exec(page.text)?.[1];
  if (!stamp) throw new Error('no form guard stamp on /gop-y');
  t.clock.advance(seconds * 1000);
  return stamp;
}

/** Posts the /gop-y form as multipart (what the page's form sends), optionally with a photo. */
export function postForm(t: TestApp, fields: Record<string, string>, photo?: { bytes: Buffer; name: string }) {
  let req = request(t.url).post('/gop-y');
  for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
  if (photo) req = req.attach('photo', photo.bytes, photo.name);
  return req;
}
