/**
 * Deterministic request bodies for the fuzz test, generated from the OpenAPI document's JSON schemas: valid samples,
 * samples with one to three hostile mutations, and plain garbage. Same seed, same bodies, in the same order.
 */

/** The subset of JSON Schema that zod's OpenAPI output uses. */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** mulberry32: a small seeded generator (Math.random cannot be seeded). */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]!, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof seededRandom>;

/** Strings that matched real patterns of this API (slugs, dates, times, cron, zones): tried before random text. */
const CANDIDATES = ['gate', 'reception', 'hanh-lang', '2026-12-05', '2026-12-05T07:15:00+07:00', '07:15', '0 9 * * 1', 'Asia/Ho_Chi_Minh', 'https://dichvucong.gov.vn', '/media/m-0123456789ab.png', 'admin', 'Nội dung'];

/** Values that break naive code: types, bounds, encodings, injection strings, prototype keys, deep nesting. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null, true, false, 0, -1, -0, 1.5, 1e308, -1e308, 2 ** 53 + 1, '', ' ', '\u0000', '\ud800', '\u202eRTL', 'a\u0301', '𝔘𝔫𝔦',
  'x'.repeat(5_000), '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '../../../../etc/passwd', '..\\..\\win.ini',
  '{{7*7}}', '${7*7}', "'; DROP TABLE users; --", '=cmd|"/c calc"!A1', '2026-02-30', '9999-12-31', '0000-00-00', '25:61', '* * * * * *',
  '61 25 32 13 8', 'Mars/Olympus', 'NaN', 'Infinity', '%00', '\r\nSet-Cookie: x=1', [], {}, [[[[[[]]]]]], [null], { length: 1e9 },
  JSON.parse('{"__proto__":{"polluted":"yes"}}'), JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  Array.from({ length: 100 }, (_, i) => i), nested(64),
];

function nested(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

function stringFor(schema: JsonSchema, rng: Rng): string {
  if (schema.format === 'date') return rng.pick(['2026-12-05', '2026-11-30', '2027-01-01']);
  if (schema.format === 'date-time') return rng.pick(['2026-12-05T00:30:00.000Z', '2026-11-30T07:15:00+07:00']);
  if (schema.pattern) {
    const re = new RegExp(schema.pattern, 'u');
    const fits = CANDIDATES.filter((c) => re.test(c));
    if (fits.length > 0) return rng.pick(fits);
  }
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, 60);
  const length = Math.max(min, Math.min(max, 1 + rng.int(24)));
  const alphabet = 'abcdefghij ăâđêôơư ạảấ-0123456789';
  return Array.from({ length }, () => alphabet[rng.int(alphabet.length)]).join('').normalize('NFC');
}

/** A value that fits the schema (mostly: patterns without a known candidate get plain text). */
export function sample(schema: JsonSchema, rng: Rng, depth = 0): unknown {
  if (schema.nullable && rng.chance(0.2)) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return rng.pick(schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return sample(rng.pick(choices), rng, depth);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s, rng, depth)));
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || rng.chance(0.5)) out[key] = sample(prop, rng, depth + 1);
      }
      return out;
    }
    case 'array': {
      if (depth > 6 || !schema.items) return [];
      const count = Math.min(schema.maxItems ?? 3, Math.max(schema.minItems ?? 0, rng.int(4)));
      return Array.from({ length: count }, () => sample(schema.items!, rng, depth + 1));
    }
    case 'string':
      return stringFor(schema, rng);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      const max = Math.min(schema.maximum ?? min + 100, min + 1000);
      const n = min + rng.next() * (max - min);
      return schema.type === 'integer' ? Math.round(n) : n;
    }
    case 'boolean':
      return rng.chance(0.5);
    default:
      return null;
  }
}

/** Replaces, removes or adds one thing somewhere inside `value` (a copy). */
function mutate(value: unknown, rng: Rng): unknown {
  if (typeof value !== 'object' || value === null || rng.chance(0.15)) return rng.pick(HOSTILE_VALUES);
  if (Array.isArray(value)) {
    const copy = [...value];
    if (copy.length === 0 || rng.chance(0.3)) copy.push(rng.pick(HOSTILE_VALUES));
    else {
      const i = rng.int(copy.length);
      copy[i] = mutate(copy[i], rng);
    }
    return copy;
  }
  const entries = Object.entries(value);
  const roll = rng.int(4);
  if (roll === 0 || entries.length === 0) {
    // Through JSON.parse so that "__proto__" becomes an own key, as it would arrive over the wire.
    const key = rng.pick(['__proto__', 'constructor', 'extra', 'id', 'version', 'role', 'passwordHash']);
    return { ...(value as object), ...(JSON.parse(JSON.stringify({ [key]: rng.pick(HOSTILE_VALUES) })) as object) };
  }
  const dropped = rng.int(entries.length);
  if (roll === 1) return Object.fromEntries(entries.filter((_, i) => i !== dropped));
  return Object.fromEntries(entries.map(([k, v], i) => [k, i === dropped ? mutate(v, rng) : v]));
}

/** Not JSON, or JSON of the wrong kind at the top level. */
const GARBAGE = ['', 'null', '[]', '"text"', '42', '{"a":', '{"a":1}}', '\u0000', '{"a":1,"a":2}', '<xml/>', '%7B%7D', '{'.repeat(5000)];

export interface FuzzBody {
  /** The text sent, always with Content-Type: application/json. */
  text: string;
  kind: 'valid' | 'mutated' | 'garbage';
}

export function fuzzBody(schema: JsonSchema, rng: Rng): FuzzBody {
  const roll = rng.next();
  if (roll < 0.25) return { text: JSON.stringify(sample(schema, rng)), kind: 'valid' };
  if (roll < 0.9) {
    let value = sample(schema, rng);
    for (let i = 1 + rng.int(3); i > 0; i--) value = mutate(value, rng);
    return { text: JSON.stringify(value) ?? 'null', kind: 'mutated' };
  }
  return { text: rng.pick(GARBAGE), kind: 'garbage' };
}
