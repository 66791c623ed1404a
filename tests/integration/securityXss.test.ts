import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/contentFixtures.ts';
import { sample, seededRandom, type JsonSchema } from '../helpers/fuzzBodies.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

/**
 * Markup, script URLs, template and formula injections. Browser-level proof that they show as text on a screen is in
 * tests/e2e/xss.spec.ts; here every free-text field of every content type, the school profile and a screen carry each
 * of them, and every reply that returns them is checked: JSON (never HTML), nosniff, the text exactly as saved.
 */
const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">bấm</a>',
  '[bấm](javascript:alert(1))',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '</script><script>alert(1)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<object data="data:text/html,<script>alert(1)</script>">',
  '=HYPERLINK("http://evil.example","Bấm")',
  '+cmd|" /C calc"!A0',
];

let t: TestApp;
afterEach(async () => t?.close());

interface OpenApiDoc {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
}
const bodySchema = (doc: OpenApiDoc, path: string, method: string): JsonSchema => doc.paths[path]?.[method]?.requestBody?.content['application/json']?.schema ?? {};

const isFreeText = (schema: JsonSchema) => schema.type === 'string' && !schema.enum && !schema.pattern && !schema.format && schema.const === undefined;
const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' ? 'number' : typeof value);
const fits = (schema: JsonSchema, value: unknown) =>
  schema.type === typeOf(value) || (schema.type === 'integer' && typeof value === 'number') || (value === null && schema.nullable === true);

/** The value with every free-text string (per the schema) replaced by `text`; `paths` collects where. */
function withText(value: unknown, schema: JsonSchema, text: string, paths: string[], at = ''): unknown {
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return withText(value, choices.find((c) => fits(c, value)) ?? {}, text, paths, at);
  // Links and time zones are checked by refinements the JSON schema cannot show: they are not free text.
  if (typeof value === 'string' && isFreeText(schema) && !/(url|timezone)$/i.test(at)) {
    paths.push(at);
    return text.slice(0, schema.maxLength ?? text.length);
  }
  if (Array.isArray(value) && schema.items) return value.map((v, i) => withText(v, schema.items!, text, paths, `${at}/${i}`));
  if (value && typeof value === 'object' && schema.properties) {
    const props = schema.properties;
    return Object.fromEntries(Object.entries(value).filter(([k]) => k in props).map(([k, v]) => [k, withText(v, props[k]!, text, paths, `${at}/${k}`)]));
  }
  return value;
}
const at = (value: unknown, path: string): unknown =>
  path.split('/').slice(1).reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);

async function publicJson(url: string) {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  expect(res.headers.get('content-type'), url).toMatch(/^application\/json/);
  expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
  return ((await res.json()) as { data: unknown }).data;
}

describe('XSS payloads in every text field: replies carry them as inert JSON text', () => {
  it('every content type, the school profile and a screen: each payload in each free-text field comes back exactly as saved, as JSON, and as inert text on every public page', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as OpenApiDoc;
    // Drafts and finished items are two shapes (a draft may be half-written), each one variant per type: the payloads go
    // into the finished shape, the one that reaches the screens.
    const byStatus = bodySchema(doc, '/api/content', 'post').oneOf ?? [];
    const finished = byStatus.find((shape) => shape.oneOf?.some((variant) => variant.properties?.status?.enum?.includes('approved')));
    const variants = finished?.oneOf ?? byStatus;
    expect(variants.length).toBeGreaterThanOrEqual(7);
    const demo = await t.store.listContent();
    const rng = seededRandom(1460);
    const saved: { id: string; paths: string[]; item: unknown }[] = [];

    // A video slide must name a video of the library (its length comes from there): one stands ready.
    await t.store.media.insert({
      id: 'xss-video', kind: 'video', file: 'xss-video.webm', thumbnail: null, label: 'clip', mime: 'video/webm', bytes: 6000,
      width: 320, height: 180, pages: [], uploadedAt: new Date().toISOString(), uploadedBy: 'admin', seconds: 2, poster: null,
    });
    for (const variant of variants) {
      const type = variant.properties?.type?.enum?.[0];
      const found = demo.find((c) => c.type === type) ?? sample(variant, rng);
      const base = type === 'video' ? { ...(found as object), url: '/media/xss-video.webm' } : found;
      for (const payload of XSS_PAYLOADS) {
        const paths: string[] = [];
        // Areas are codes from the school's list (not free text): a sampled variant gets a real one.
        // An item's own hours (`timing`) hold no free text; a sampled one could have a zero-length window: always on.
        const body = { ...(withText(base, variant, payload, paths) as object), status: 'approved', screens: 'all', validFrom: null, validUntil: null, areas: ['II.1'], timing: undefined };
        const res = await api(t.url, cookie, 'POST', '/api/content', body);
        expect(res.status, `${String(type)}: ${JSON.stringify(res.error)}`).toBe(201);
        saved.push({ id: String(at(res.data, '/id')), paths, item: res.data });
      }
    }

    // The school profile and a screen's name and place, which every snapshot or the console shows.
    const schoolPaths: string[] = [];
    const school = withText(await publicJson(`${t.url}/api/school`), bodySchema(doc, '/api/school', 'put'), XSS_PAYLOADS[1]!, schoolPaths);
    const schoolSaved = await api(t.url, cookie, 'PUT', '/api/school', school);
    expect(schoolSaved.status, JSON.stringify(schoolSaved.error)).toBe(200);
    const screen = await api(t.url, cookie, 'POST', '/api/screens', {
      slug: 'xss', name: XSS_PAYLOADS[2], location: XSS_PAYLOADS[0], orientation: 'portrait', profile: 'reception', group: XSS_PAYLOADS[3], interactive: true,
    });
    expect(screen.status).toBe(201);

    let placements = 0;
    const onScreens = new Map<string, unknown>();
    for (const slug of ['gate', 'reception', 'xss']) {
      const snapshot = (await publicJson(`${t.url}/api/display/${slug}`)) as { items: { id: string }[]; catalogue?: { id: string }[]; school: unknown };
      for (const item of [...snapshot.items, ...(snapshot.catalogue ?? [])]) onScreens.set(item.id, item);
      expect(at(snapshot.school, '/name')).toBe(at(school, '/name'));
    }
    for (const { id, paths, item } of saved) {
      const shown = onScreens.get(id);
      expect(shown, `${id} is on a screen`).toBeDefined();
      for (const path of paths) {
        expect(at(shown, path), `${id} ${path}`).toBe(at(item, path));
        placements += 1;
      }
    }
    const publicSchool = await publicJson(`${t.url}/api/school`);
    for (const path of schoolPaths) expect(at(publicSchool, path), path).toBe(at(school, path));
    placements += schoolPaths.length + 3;
    expect(placements).toBeGreaterThanOrEqual(XSS_PAYLOADS.length * 40);
    if (process.env.SECURITY_LONG === '1') console.info(`XSS: ${XSS_PAYLOADS.length} payloads, ${placements} placements, all returned as JSON text`);

    // The public site renders the same items as HTML (parents' phones, posters, feeds, the embeddable widget): no payload
    // may arrive there as live markup or a script link.
    const pages = ['/thong-bao', '/thu-tuc', '/feed.xml', '/nhung/thong-bao', '/gop-y', '/khao-sat', '/tim-hieu'];
    for (const { id, item } of saved) {
      const type = at(item, '/type');
      pages.push(`/thong-bao/${id}`);
      if (type === 'announcement') pages.push(`/in/thong-bao/${id}`);
      const code = at(item, '/code');
      if (type === 'procedure' && typeof code === 'string' && code) pages.push(`/thu-tuc/${code}`, `/in/thu-tuc/${code}`);
    }
    const LIVE_MARKUP = [/<script>alert/i, /<img src=x onerror/i, /<svg onload/i, /<iframe src=javascript/i, /href="javascript:/i, /<object data=/i, /<mglyph>/i];
    let publicPages = 0;
    for (const path of new Set(pages)) {
      const res = await fetch(`${t.url}${path}`, { redirect: 'manual' });
      if (res.status === 404 || (res.status >= 300 && res.status < 400)) continue;
      expect(res.status, path).toBe(200);
      const body = await res.text();
      for (const pattern of LIVE_MARKUP) expect(pattern.test(body), `${path} carries ${String(pattern)}`).toBe(false);
      publicPages += 1;
    }
    expect(publicPages).toBeGreaterThanOrEqual(XSS_PAYLOADS.length * 3);

    // Replies that echo user text outside JSON: an unknown route's message, and the CSV export (formulas defused).
    const notFound = await fetch(`${t.url}/api/${encodeURIComponent(XSS_PAYLOADS[0]!)}`);
    expect(notFound.headers.get('content-type')).toMatch(/^application\/json/);
    const csv = await fetch(`${t.url}/api/audit.csv`, { headers: { cookie } });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment/);
    const cells = (await csv.text()).split(/","|"\r\n"|^\uFEFF"|"\r\n$/);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });
});
