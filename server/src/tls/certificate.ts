import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { hostname, networkInterfaces } from 'node:os';
import path from 'node:path';
import type { TlsSetting } from '../config.ts';

export interface TlsMaterial {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, as browsers show it (AA:BB:…). */
  fingerprint256: string;
  /** Where it came from, for the start-up log. */
  source: string;
  /** Self-signed only: true when made on this start (the fingerprint changed). */
  generated: boolean;
}

/** The names a LAN kiosk may use to reach this machine: its host name, localhost, and every address it has. */
export function lanNames(): { dns: string[]; ips: string[] } {
  const ips = new Set(['127.0.0.1', '::1']);
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) if (!info.address.startsWith('fe80:')) ips.add(info.address);
  }
  const host = hostname().toLowerCase();
  const dns = [...new Set(['localhost', host, ...(host.includes('.') ? [] : [`${host}.local`])])];
  return { dns, ips: [...ips] };
}

/** Days before expiry at which a start makes a new self-signed certificate. */
const RENEW_DAYS = 30;
const VALID_DAYS = 825;

/** Every name the certificate must cover, in the `subjectAltName` spelling of node:crypto ("DNS:x", "IP Address:y"). */
const wanted = (names: { dns: string[]; ips: string[] }) => [
  ...names.dns.map((d) => `DNS:${d}`),
  ...names.ips.map((ip) => `IP Address:${ip.includes(':') ? ip.toUpperCase() : ip}`),
];

/** Why an existing self-signed certificate cannot be reused, or null when it can. */
export function reuseProblem(certPem: string, names: { dns: string[]; ips: string[] }, now: Date): string | null {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    return 'unreadable';
  }
  if (new Date(cert.validTo).getTime() - now.getTime() < RENEW_DAYS * 86400_000) return 'expires soon';
  const have = new Set((cert.subjectAltName ?? '').split(', ').map((n) => n.toUpperCase()));
  const missing = wanted(names).filter((n) => !have.has(n.toUpperCase()));
  return missing.length > 0 ? `does not cover ${missing.join(', ')}` : null;
}

/**
 * A self-signed certificate for the LAN, kept in `dir` and reused while it is valid and covers this machine's names
 * (so a kiosk that trusts its fingerprint keeps trusting it). Made with `selfsigned` (WebCrypto, ECDSA P-256):
 * no hand-built crypto. The key file is 0600.
 */
export async function selfSignedCertificate(dir: string, now: Date, names = lanNames()): Promise<TlsMaterial & { renewedBecause: string | null }> {
  const certFile = path.join(dir, 'self-signed-cert.pem');
  const keyFile = path.join(dir, 'self-signed-key.pem');
  const existing = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]).catch(() => null);
  const problem = existing ? reuseProblem(existing[0], names, now) : 'missing';
  if (existing && problem === null) {
    const [cert, key] = existing;
    return { cert, key, fingerprint256: new X509Certificate(cert).fingerprint256, source: certFile, generated: false, renewedBecause: null };
  }
  // Loaded only here: selfsigned and @peculiar/x509 cost ~200 ms of CPU to load, and most starts reuse a certificate or run plain HTTP.
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: names.dns[1] ?? 'localhost' }, { name: 'organizationName', value: 'Bảng tin (LAN)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 3600_000),
    notAfterDate: new Date(now.getTime() + VALID_DAYS * 86400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...names.dns.map((value) => ({ type: 2 as const, value })), ...names.ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Key first, then the certificate by rename: a crash in between leaves the old pair or a pair that is regenerated.
  await writeFile(keyFile, pems.private, { mode: 0o600 });
  await writeFile(`${certFile}.tmp`, pems.cert);
  await rename(`${certFile}.tmp`, certFile);
  return {
    cert: pems.cert,
    key: pems.private,
    fingerprint256: new X509Certificate(pems.cert).fingerprint256,
    source: certFile,
    generated: true,
    renewedBecause: problem,
  };
}

/** The certificate and key the server should use, or null for plain HTTP. */
export async function loadTls(setting: TlsSetting, dataDir: string, now: Date): Promise<(TlsMaterial & { renewedBecause?: string | null }) | null> {
  if (setting.mode === 'off') return null;
  if (setting.mode === 'self-signed') return selfSignedCertificate(path.join(dataDir, 'tls'), now);
  const [cert, key] = await Promise.all([readFile(setting.certFile, 'utf8'), readFile(setting.keyFile, 'utf8')]).catch((error: unknown) => {
    throw new TlsFileError(`Cannot read TLS_CERT / TLS_KEY: ${error instanceof Error ? error.message : String(error)}`);
  });
  let fingerprint256: string;
  try {
    fingerprint256 = new X509Certificate(cert).fingerprint256;
  } catch {
    throw new TlsFileError(`TLS_CERT (${setting.certFile}) is not a PEM certificate.`);
  }
  return { cert, key, fingerprint256, source: setting.certFile, generated: false };
}

export class TlsFileError extends Error {}
