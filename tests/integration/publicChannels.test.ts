import { XMLParser } from 'fast-xml-parser';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContentItem } from '@bangtin/shared';
import { SITE_CSS } from '../../server/src/public/siteCss.ts';
import { api, contentMeta, sloganInput } from '../helpers/contentFixtures.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';
import { renderProcedurePage } from '../../server/src/public/channels/procedurePages.ts';

type Link = { '@href': string; '@rel'?: string };
const PUBLIC = 'https://bangtin.mnvuonxanh.edu.vn';
const BUDGET = 30 * 1024;

let t: TestApp;
let cookie: string;
let content: ContentItem[];
const http = () => request(t.app.http);
const find = (pred: (c: ContentItem) => boolean) => {
  const item = content.find(pred);
  if (!item) throw new Error('the seed has this item');
  return item;
};
/** What a cheap phone downloads for a page: its HTML and the one stylesheet (fonts and images aside). */
const weight = (page: string) => Buffer.byteLength(page) + Buffer.byteLength(SITE_CSS);
/** The text as read (no-break spaces and word joiners are the line-break rules, not words). */
const words = (page: string) => page.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const metaContent = (page: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)">`).exec(page)?.[1];

beforeAll(async () => {
  t = await startTestApp();
  cookie = await login(t.url);
  content = await t.store.listContent();
});
afterAll(() => t.close());
const setPublicUrl = async (publicUrl: string) => t.store.saveSchool({ ...(await t.store.getSchool()), publicUrl });
// Tests that set the public address put it back: the others read the address they were opened by.
afterEach(() => setPublicUrl(''));

describe('public notices: what the screens show today, readable on a phone without JavaScript', () => {
  it('/thong-bao holds the on-air items grouped in its raw HTML, leaves out approved items no screen plays, stays under 30 KB', async () => {
    const res = await http().get('/thong-bao').expect(200);
    const page = words(res.text);
    const announcement = find((c) => c.type === 'announcement' && c.screens === 'all');
    const unplayed = find((c) => c.type === 'slogan' && Array.isArray(c.screens) && c.screens.length === 0);
    if (announcement.type !== 'announcement' || unplayed.type !== 'slogan') throw new Error('types');
    expect(page).toContain('Thứ Bảy, ngày 28 tháng 11 năm 2026');
    for (const heading of ['<h2 id="nhom-announcement">Thông báo</h2>', 'Khẩu hiệu, tuyên truyền', 'Kết quả chỉ số cải cách hành chính']) expect(page).toContain(heading);
    expect(page).toContain(`href="/thong-bao/${announcement.id}"`);
    expect(page).not.toContain(`/thong-bao/${unplayed.id}"`);
    expect(page).toContain('92,57%');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('<meta property="og:title" content="Thông báo">');
    expect(weight(res.text)).toBeLessThanOrEqual(BUDGET);
  });

  it('an item approved for every screen appears at once (the on-air list follows content changes), a draft never does', async () => {
    const made = await api(t.url, cookie, 'POST', '/api/content', sloganInput({ text: 'Trường học hạnh phúc, phụ huynh đồng hành' }));
    const draft = await api(t.url, cookie, 'POST', '/api/content', { ...sloganInput({ text: 'Bản nháp chưa duyệt' }), status: 'draft' });
    expect(made.status).toBe(201);
    const { id: draftId } = (draft.data ?? {}) as { id?: string };
    const page = (await http().get('/thong-bao').expect(200)).text;
    expect(page).toContain('Trường học hạnh phúc, phụ huynh đồng hành');
    expect(page).not.toContain('Bản nháp chưa duyệt');
    await http().get(`/thong-bao/${draftId}`).expect(404);
    await http().get(`/og/${draftId}.png`).expect(404);
  });

  it("an item's permanent page: the content, its Open Graph card on the public address, hostile Markdown inert; archived or rejected → 404", async () => {
    await setPublicUrl(PUBLIC);
    const hostile = await api(t.url, cookie, 'POST', '/api/content', {
      ...contentMeta,
      type: 'announcement',
      title: 'Lịch họp phụ huynh đầu năm',
      body: 'Họp lúc **7 giờ 30**.\n\n<script>alert(1)</script> [bấm](javascript:alert(1)) ![x](https://evil.example/x.png) <img src=x onerror=alert(2)>\n\n[Cổng DVC](https://dichvucong.gov.vn)',
    });
    const { id } = (hostile.data ?? {}) as { id: string };
    const page = words((await http().get(`/thong-bao/${id}`).expect(200)).text);
    expect(page).toContain('<strong>7 giờ 30</strong>');
    expect(page).toContain('<a href="https://dichvucong.gov.vn" rel="nofollow noopener">Cổng DVC</a>');
    expect(page).not.toMatch(/<script>alert|<img src=x|href="javascript:|src="https:\/\/evil/);
    expect(metaContent(page, 'og:url')).toBe(`${PUBLIC}/thong-bao/${id}`);
    expect(metaContent(page, 'og:image')).toBe(`${PUBLIC}/og/${id}.png`);
    expect(metaContent(page, 'og:type')).toBe('article');
    expect(metaContent(page, 'og:description')).toContain('Họp lúc 7');
    expect(weight(page)).toBeLessThanOrEqual(BUDGET);
    // Every print link a parent sees opens a poster: announcements have one; a slogan's page offers none (it was a 404).
    expect(page).toContain(`href="/in/thong-bao/${id}"`);
    await http().get(`/in/thong-bao/${id}`).expect(200);
    const slogan = find((c) => c.type === 'slogan' && c.screens === 'all');
    expect((await http().get(`/thong-bao/${slogan.id}`).expect(200)).text).not.toContain('/in/thong-bao/');

    const archived = await api(t.url, cookie, 'POST', `/api/content/${id}/status`, { status: 'archived' });
    expect(archived.status).toBe(200);
    await http().get(`/thong-bao/${id}`).expect(404);
  });

  it('the share image is a 1200×630 PNG, drawn once per item version', async () => {
    const slogan = find((c) => c.type === 'slogan' && c.screens === 'all');
    const first = await http().get(`/og/${slogan.id}.png`).responseType('blob').expect(200).expect('content-type', 'image/png');
    const png = first.body as Buffer;
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const again = await http().get(`/og/${slogan.id}.png`).responseType('blob').expect(200).expect('x-cache', 'HIT');
    expect((again.body as Buffer).equals(png)).toBe(true);
  });

  it('a shared /thong-bao or /thu-tuc link shows a card too: og:image on the public address, a 1200×630 PNG, drawn once', async () => {
    await setPublicUrl(PUBLIC);
    for (const path of ['/thong-bao', '/thu-tuc']) {
      const page = (await http().get(path).expect(200)).text;
      const image = metaContent(page, 'og:image');
      expect(image).toBe(`${PUBLIC}/og/trang${path}.png`);
      const local = (image ?? '').slice(PUBLIC.length);
      const first = await http().get(local).responseType('blob').expect(200).expect('content-type', 'image/png').expect('x-cache', 'MISS');
      const png = first.body as Buffer;
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      await http().get(local).expect(200).expect('x-cache', 'HIT');
    }
    await http().get('/og/trang/gop-y.png').expect(404);
  });
});

describe('public procedures: the reception search and the whole record', () => {
  it('/thu-tuc?q=hotroantrua (run together, no diacritics) finds 1.001622 without JavaScript and offers "hỗ trợ ăn trưa"', async () => {
    const page = (await http().get('/thu-tuc').query({ q: 'hotroantrua' }).expect(200)).text;
    expect(page).toContain('href="/thu-tuc/1.001622"');
    expect(page).toContain('Có phải bạn muốn tìm <a href="/thu-tuc?q=h%E1%BB%97%20tr%E1%BB%A3%20%C4%83n%20tr%C6%B0a">hỗ trợ ăn trưa</a>?');
    expect(page).toContain('value="hotroantrua"');
    expect(weight(page)).toBeLessThanOrEqual(BUDGET);
    const all = (await http().get('/thu-tuc').expect(200)).text;
    for (const p of content.filter((c) => c.type === 'procedure')) if (p.type === 'procedure') expect(all).toContain(`href="/thu-tuc/${p.code}"`);
  });

  it('/thu-tuc/1.001622 carries every NĐ 63/2010 Điều 8 component, legal basis, publishing decision, forms, last check and the poster link', async () => {
    const page = words((await http().get('/thu-tuc/1.001622').expect(200)).text);
    for (const heading of [
      'Trình tự thực hiện', 'Cách thức thực hiện', 'Thành phần, số lượng hồ sơ', 'Thời hạn giải quyết', 'Đối tượng thực hiện',
      'Cơ quan thực hiện', 'Kết quả thực hiện', 'Phí, lệ phí', 'Mẫu đơn, mẫu tờ khai', 'Yêu cầu, điều kiện thực hiện', 'Căn cứ pháp lý', 'Quyết định công bố',
    ]) expect(page).toContain(`>${heading}</h2>`);
    expect(page).toContain('<strong>105/2020/NĐ-CP</strong> — Nghị định quy định chính sách phát triển giáo dục mầm non');
    expect(page).toContain('Quyết định công bố số 985/QĐ-BGDĐT');
    expect(page).toContain('Mẫu số 01, Mẫu số 02');
    expect(page).toMatch(/Ngày kiểm tra lại với Cơ sở dữ liệu quốc gia: Thứ .+, ngày \d{2} tháng \d{1,2} năm \d{4}\./);
    expect(page).toContain('href="/in/thu-tuc/1.001622"');
    expect(page).toContain('Dữ liệu mẫu');
    // The components added for the paper board (issue #14 item 6) are on the phone page too.
    expect(page).toContain('Loại thủ tục: TTHC được luật giao quy định chi tiết');
    expect(page).toContain('Cơ quan giải quyết lập (người nộp không phải điền)');
    expect(page).not.toContain('Thủ tục này đã');
    // A copy asked for reads "1 bản sao", not "0 bản chính, 1 bản sao" (a parent wondered what the zero asked of them).
    expect(page).toContain('<span class="badge">1 bản sao</span>');
    expect(page).not.toContain('0 bản chính');
    expect(metaContent(page, 'og:image')).toMatch(/\/og\/c-[a-z0-9]+\.png$/);
    expect(weight(page)).toBeLessThanOrEqual(BUDGET);
    await http().get('/thu-tuc/9.999999').expect(404);
  });

  it('a procedure no longer in force says so above everything else, naming the code that replaces it', async () => {
    const procedure = find((c) => c.type === 'procedure' && c.code === '1.001622');
    if (procedure.type !== 'procedure') throw new Error('not a procedure');
    const ctx = { school: await t.store.getSchool(), baseUrl: PUBLIC, now: new Date() };
    const replaced = renderProcedurePage(ctx, { ...procedure, standing: { state: 'replaced', replacedBy: '1.012345', note: '' } });
    expect(replaced).toContain('<strong>Đã được thay thế.</strong> Thủ tục này đã được thay thế bởi thủ tục mã 1.012345.');
    expect(replaced.indexOf('Thủ tục này đã được thay thế')).toBeLessThan(replaced.indexOf('Tóm tắt'));
  });
});

describe('feeds and the embeddable widget for the school portal', () => {
  it('/feed.xml is Atom 1.0 with feed id/title/updated and, per entry, id/title/updated and a link to its page', async () => {
    const res = await http().get('/feed.xml').expect(200).expect('content-type', /application\/atom\+xml/);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(res.text) as {
      feed: { '@xmlns': string; id: string; title: string; updated: string; entry: { id: string; title: unknown; updated: string; link: Link | Link[] }[] };
    };
    const { feed } = parsed;
    // The entry's page is its alternate link (no rel, or rel="alternate"); the share image rides as an enclosure.
    const pageOf = (entry: (typeof feed.entry)[number]) => [entry.link].flat().find((l) => (l['@rel'] ?? 'alternate') === 'alternate')?.['@href'];
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/thong-bao$/);
    expect(feed.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    expect(feed.entry.length).toBeGreaterThan(5);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/(thong-bao\/c-|thu-tuc\/)/);
      expect(entry.title).toBeTruthy();
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      expect(pageOf(entry)).toBe(entry.id);
    }
    expect(feed.entry.map(pageOf)).toContainEqual(expect.stringMatching(/\/thu-tuc\/1\.001622$/));
  });

  it('/feed.json is JSON Feed 1.1 (version, title, items with id, url and content) on the public address when set', async () => {
    await setPublicUrl(PUBLIC);
    const res = await http().get('/feed.json').expect(200).expect('content-type', /application\/feed\+json/);
    const feed = JSON.parse(res.text) as { version: string; title: string; feed_url: string; authors: unknown[]; items: { id: string; url: string; title: string; content_html?: string; content_text?: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    expect(feed.feed_url).toBe(`${PUBLIC}/feed.json`);
    expect(feed.authors).toHaveLength(1);
    expect(feed).not.toHaveProperty('author');
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.url.startsWith(`${PUBLIC}/`)).toBe(true);
      expect(item.content_html ?? item.content_text).toBeTruthy();
    }
  });

  it('only /nhung/thong-bao may be framed by another site; every other page keeps helmet’s no-framing headers', async () => {
    const widget = await http().get('/nhung/thong-bao').expect(200);
    expect(widget.headers['x-frame-options']).toBeUndefined();
    expect(widget.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(widget.headers['content-security-policy']).not.toContain("frame-ancestors 'self'");
    expect(widget.text).toContain('<base target="_blank">');
    for (const path of ['/thong-bao', '/thu-tuc', '/feed.xml']) {
      const res = await http().get(path).expect(200);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    }
  });

  it('a parent typing the bare address lands on /thong-bao; signed-in staff still reach the console', async () => {
    await http().get('/').expect(302).expect('location', '/thong-bao');
    await http().get('/').set('cookie', cookie).expect(302).expect('location', '/admin/');
  });
});
