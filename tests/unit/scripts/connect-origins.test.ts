// @vitest-environment node
/*
 * Origins added at build time to the app's connect-src (scripts/connect-origins.ts): each is
 * checked, a bad one stops the build with its name, and index.html's policy gets them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connectOrigins, withConnectOrigins } from '../../../scripts/connect-origins.ts';

const INDEX = readFileSync('index.html', 'utf8');

describe('origins the app may reach, chosen at build time', () => {
  it('reads origins separated by spaces or commas, and nothing when unset', () => {
    expect(connectOrigins('https://dav.example.org, http://127.0.0.1:8080  https://cloud.example.org/')).toEqual([
      'https://dav.example.org',
      'http://127.0.0.1:8080',
      'https://cloud.example.org',
    ]);
    expect(connectOrigins(undefined)).toEqual([]);
    expect(connectOrigins('  ')).toEqual([]);
  });

  for (const bad of [
    'dav.example.org',
    'ftp://dav.example.org',
    'https://dav.example.org/remote.php/dav/',
    'https://user:pw@dav.example.org',
    'https://a.org;script-src',
  ]) {
    it(`refuses ${bad}, naming it`, () => {
      expect(() => connectOrigins(bad)).toThrow(`"${bad}" is not an origin`);
    });
  }

  it('adds them to connect-src of index.html’s policy, and only there', () => {
    const html = withConnectOrigins(INDEX, ['https://dav.example.org']);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toContain("connect-src 'self' https://dav.example.org;");
    expect(policy.match(/dav\.example\.org/g)).toHaveLength(1);
    expect(withConnectOrigins(INDEX, [])).toBe(INDEX);
    expect(() => withConnectOrigins('<html></html>', ['https://dav.example.org'])).toThrow('no Content-Security-Policy');
  });
});
