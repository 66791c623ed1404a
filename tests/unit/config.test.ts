import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../server/src/config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', timezone: 'Asia/Ho_Chi_Minh', adminPassword: undefined });
  });

  it('fails fast with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, '/repo')).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' }, '/repo')).toThrow(/PORT/);
    expect(() => loadConfig({ TZ: 'Mars/Olympus' }, '/repo')).toThrow(/TZ must be an IANA timezone/);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' }, '/repo')).toThrow(/ADMIN_PASSWORD must be at least 10/);
  });

  it('never prints the admin password', () => {
    const text = JSON.stringify(describeConfig(loadConfig({ ADMIN_PASSWORD: 'super-secret-123' }, '/repo')));
    expect(text).not.toContain('super-secret-123');
  });

  it('DATABASE_URL: unset keeps the data file; a non-PostgreSQL URL is refused; its password is never printed', () => {
    expect(loadConfig({}, '/repo').databaseUrl).toBeNull();
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x@host/db' }, '/repo')).toThrow(/DATABASE_URL must start with postgres:\/\//);
    const config = loadConfig({ DATABASE_URL: 'postgres://bangtin:mat-khau-123@db.phuong.vn:5432/bangtin?password=khac-123' }, '/repo');
    expect(config.databaseUrl).toContain('mat-khau-123');
    const text = JSON.stringify(describeConfig(config));
    expect(text).not.toMatch(/mat-khau-123|khac-123/);
    expect(text).toContain('postgres://bangtin:***@db.phuong.vn:5432/bangtin');
  });
});
