import { describe, expect, it, vi } from 'vitest';
import { publicAddress } from '../../src/integrations/public-address.ts';
import {
  configuredAddress,
  LOCAL_ADDRESS,
  missingAddressReport,
} from '../../src/lib/public-address.ts';

describe('the public address of the site', () => {
  it('comes from SITE_URL, else from `url` in the site settings, else there is none', () => {
    expect(configuredAddress('https://a.vn', { url: 'https://b.vn' })).toBe('https://a.vn');
    expect(configuredAddress(undefined, { url: 'https://b.vn' })).toBe('https://b.vn');
    expect(configuredAddress('', { url: 'https://b.vn' })).toBe('https://b.vn');
    expect(configuredAddress(undefined, { url: null })).toBe(undefined);
    expect(configuredAddress(undefined, undefined)).toBe(undefined);
  });

  it('missing, a publishing build stops with a Vietnamese message naming both places to set it', () => {
    const report = missingAddressReport('content/trang-web.yaml');
    expect(report).toContain('trường "url" trong content/trang-web.yaml');
    expect(report).toContain('SITE_URL');
    expect(report).toContain('npm start');
    expect(report.normalize('NFC')).toBe(report);
  });
});

/** Runs the integration's config hook for a command, with or without an address. */
async function setup(command: 'build' | 'dev' | 'sync', site?: string) {
  const hook = publicAddress('content/trang-web.yaml').hooks['astro:config:setup'] as (
    options: unknown,
  ) => Promise<void>;
  const updateConfig = vi.fn();
  let thrown: unknown;
  try {
    await hook({ config: { site }, command, updateConfig });
  } catch (error) {
    thrown = error;
  }
  return { updated: updateConfig.mock.calls, thrown };
}

describe('builds and the public address (src/integrations/public-address.ts)', () => {
  it('a build with an address goes on unchanged', async () => {
    expect(await setup('build', 'https://ccb.example.vn')).toEqual({
      updated: [],
      thrown: undefined,
    });
  });

  it('a build without one stops with the Vietnamese message and no stack trace', async () => {
    const { thrown, updated } = await setup('build');
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).name).toBe('Địa chỉ trang');
    expect((thrown as Error).message).toBe(missingAddressReport('content/trang-web.yaml'));
    expect((thrown as Error).stack).toBe('');
    expect(updated).toEqual([]);
  });

  it('the development server and type generation use the local address', async () => {
    expect((await setup('dev')).updated).toEqual([[{ site: LOCAL_ADDRESS }]]);
    expect((await setup('sync')).updated).toEqual([[{ site: LOCAL_ADDRESS }]]);
  });
});
