import { describe, expect, it } from 'vitest';
import { fetchPlanFile, sameOriginUrl } from '../../../src/lib/plan-files/fetch-file.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/plan-files/limits.ts';

const PAGE = 'https://secretariat.example.org/quorum/index.html#/open?url=plans/x.json';

function fakeFetch(respond: (url: string) => Response | Promise<Response>) {
  const asked: { url: string; init?: RequestInit }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    asked.push({ url: String(input), init });
    return respond(String(input));
  }) as typeof fetch;
  return { impl, asked };
}

describe('sameOriginUrl', () => {
  it('resolves a relative link against the app’s folder, without the fragment', () => {
    expect(String(sameOriginUrl('plans/x.quorum.json#top', PAGE))).toBe('https://secretariat.example.org/quorum/plans/x.quorum.json');
    expect(String(sameOriginUrl('/other/x.json', PAGE))).toBe('https://secretariat.example.org/other/x.json');
  });

  it('refuses other origins and schemes that are not http(s)', () => {
    expect(sameOriginUrl('https://evil.example.net/x.json', PAGE)).toEqual({
      path: '',
      key: 'file.url.otherOrigin',
      params: { origin: 'https://evil.example.net' },
    });
    expect(sameOriginUrl('http://secretariat.example.org/x.json', PAGE)).toMatchObject({ key: 'file.url.otherOrigin' });
    expect(sameOriginUrl('//evil.example.net/x.json', PAGE)).toMatchObject({ key: 'file.url.otherOrigin' });
    expect(sameOriginUrl('javascript:alert(1)', PAGE)).toMatchObject({ key: 'file.url.invalid' });
    expect(sameOriginUrl('data:application/json,{}', PAGE)).toMatchObject({ key: 'file.url.invalid' });
    expect(sameOriginUrl('http://[bad', PAGE)).toMatchObject({ key: 'file.url.invalid' });
  });
});

describe('fetchPlanFile', () => {
  it('fetches a same-origin file and names it after its path', async () => {
    const { impl, asked } = fakeFetch(() => new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }));
    const got = await fetchPlanFile('plans/mispa-iii.quorum.json', PAGE, true, impl);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.name).toBe('mispa-iii.quorum.json');
    expect(await got.blob.text()).toBe('{"a":1}');
    expect(asked).toEqual([
      { url: 'https://secretariat.example.org/quorum/plans/mispa-iii.quorum.json', init: expect.objectContaining({ credentials: 'same-origin' }) },
    ]);
  });

  it('asks nothing of the network for another origin, or when offline', async () => {
    const { impl, asked } = fakeFetch(() => new Response('{}'));
    expect(await fetchPlanFile('https://evil.example.net/x.json', PAGE, true, impl)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ key: 'file.url.otherOrigin' })],
    });
    expect(await fetchPlanFile('plans/x.json', PAGE, false, impl)).toEqual({ ok: false, problems: [{ path: '', key: 'file.url.offline' }] });
    expect(asked).toEqual([]);
  });

  it('says when the server answers with an error or cannot be reached', async () => {
    const notFound = fakeFetch(() => new Response('missing', { status: 404 }));
    expect(await fetchPlanFile('plans/x.json', PAGE, true, notFound.impl)).toEqual({
      ok: false,
      problems: [{ path: '', key: 'file.url.httpError', params: { status: 404 } }],
    });
    const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchPlanFile('plans/x.json', PAGE, true, down.impl)).toEqual({ ok: false, problems: [{ path: '', key: 'file.url.failed' }] });
  });

  it('refuses a redirect to another origin', async () => {
    const moved = { ok: true, status: 200, url: 'https://evil.example.net/x.json', headers: new Headers(), body: null } as unknown as Response;
    const { impl } = fakeFetch(() => moved);
    expect(await fetchPlanFile('plans/x.json', PAGE, true, impl)).toMatchObject({ ok: false, problems: [{ key: 'file.url.otherOrigin' }] });
  });

  it('refuses a file declared too large before reading it, and stops reading one that grows too large', async () => {
    const MIB = 1024 * 1024;
    let pulled = 0;
    const endless = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(MIB));
        },
      });
    const declared = fakeFetch(() => new Response(endless(), { headers: { 'content-length': String(MAX_FILE_BYTES + 1) } }));
    expect(await fetchPlanFile('plans/x.json', PAGE, true, declared.impl)).toEqual({
      ok: false,
      problems: [{ path: '', key: 'file.tooLarge', params: { size: MAX_FILE_BYTES / MIB + 1, max: MAX_FILE_BYTES / MIB } }],
    });
    expect(pulled).toBeLessThanOrEqual(2);

    pulled = 0;
    const undeclared = fakeFetch(() => new Response(endless()));
    expect(await fetchPlanFile('plans/x.json', PAGE, true, undeclared.impl)).toMatchObject({ ok: false, problems: [{ key: 'file.tooLarge' }] });
    expect(pulled).toBeLessThanOrEqual(MAX_FILE_BYTES / MIB + 2); // stops just past the cap
  });
});
