/*
 * Signing a plan file (plan-files/signature.ts): a signed file read back is "signed" by its
 * publisher, whatever its indentation or key order; any change after signing (a meeting,
 * the publisher's name, the key) breaks it; a malformed signature is broken, never trusted;
 * the private key made for a device cannot be read out.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import canonicalize from 'canonicalize';
import { canonicalJson, cryptoSigner, newKeyPair, signedAlready, signFile, thumbprint, checkSignature } from '../../../src/lib/plan-files/signature.ts';
import { generatePlan } from '../../support/generate-plan.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import { makePlanFile } from '../factories.ts';

async function signer(name = 'Secrétariat de la CIDI') {
  const pair = await newKeyPair();
  return cryptoSigner(name, pair.privateKey, pair.publicKey);
}

const plain = () => JSON.parse(JSON.stringify(makePlanFile([{ bundle: mispaIII }]))) as Record<string, unknown>;

describe('a signed plan file', () => {
  it('reads as signed by its publisher, with the thumbprint of its key', async () => {
    const by = await signer();
    const signed = await signFile(plain(), by);
    const read = await readPlanFile(JSON.stringify(signed, null, 2));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.checkedSignature).toEqual({ status: 'signed', name: 'Secrétariat de la CIDI', key: by.key, thumbprint: await thumbprint(by.key) });
    expect(read.file.plans[0]!.bundle).toEqual(mispaIII);
  });

  it('still verifies written without indentation and with its keys in another order', async () => {
    const signed = await signFile(plain(), await signer());
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    expect((await checkSignature(JSON.parse(JSON.stringify(reordered)))).status).toBe('signed');
  });

  it('is broken by any change after signing: a meeting moved, the name, the key, the value', async () => {
    const signed = await signFile(plain(), await signer());
    const moved = structuredClone(signed) as { plans: { bundle: { meetings: { startDate: string }[] } }[] };
    moved.plans[0]!.bundle.meetings[0]!.startDate = '2011-12-31';
    expect(await checkSignature(moved)).toEqual({ status: 'broken', name: 'Secrétariat de la CIDI' });

    const renamed = structuredClone(signed) as { signature: { publisher: string } };
    renamed.signature.publisher = 'Someone else';
    expect(await checkSignature(renamed)).toEqual({ status: 'broken', name: 'Someone else' });

    const other = await signer();
    const rekeyed = structuredClone(signed) as { signature: { key: unknown } };
    rekeyed.signature.key = other.key;
    expect((await checkSignature(rekeyed)).status).toBe('broken');

    const revalued = structuredClone(signed) as { signature: { value: string } };
    revalued.signature.value = `${revalued.signature.value[0] === 'A' ? 'B' : 'A'}${revalued.signature.value.slice(1)}`;
    expect((await checkSignature(revalued)).status).toBe('broken');

    const added = structuredClone(signed) as Record<string, unknown>;
    added.contact = 'mailto:someone@example.org';
    expect((await checkSignature(added)).status).toBe('broken');
  });

  it('calls a malformed signature broken, and a file without one unsigned', async () => {
    const signed = (await signFile(plain(), await signer())) as { signature: Record<string, unknown> };
    for (const signature of [
      { ...signed.signature, alg: 'RS256' },
      { ...signed.signature, value: undefined },
      { ...signed.signature, key: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) } },
      'signed, trust me',
      null,
    ]) {
      expect((await checkSignature({ ...signed, signature })).status).toBe('broken');
    }
    expect(await checkSignature(plain())).toEqual({ status: 'unsigned' });
    const read = await readPlanFile(JSON.stringify(plain()));
    expect(read.ok && read.file.checkedSignature).toEqual({ status: 'unsigned' });
  });

  it('is computed over the same canonical JSON as the canonicalize package writes, record by record', async () => {
    const odd = {
      z: [1e21, -0, 0.1, 'é\u2028"\\', null, [undefined, { b: 2, a: 1 }]],
      A: { '\u00e9': true, e: false, '': { skipped: undefined, kept: 'x' } },
      plans: [{ bundle: { ...mispaIII, meetings: mispaIII.meetings.map((m) => ({ ...m, extra: { y: [3, 2, 1], x: 'ü' } })) }, history: [{ seq: 1 }] }],
    };
    for (const value of [plain(), odd, generatePlan({ seed: 3, meetings: 600, agendaItems: 1_500, mandates: 20 }), [], 'text', 12]) {
      expect(await canonicalJson(value)).toBe(canonicalize(value));
    }
  });

  it('gives each key its own thumbprint, always the same for one key', async () => {
    const a = await signer();
    const b = await signer();
    expect(await thumbprint(a.key)).toBe(await thumbprint({ ...a.key }));
    expect(await thumbprint(a.key)).not.toBe(await thumbprint(b.key));
    expect(await thumbprint(a.key)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is made with a private key that cannot be read out', async () => {
    const pair = await newKeyPair();
    expect(pair.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', pair.privateKey)).rejects.toThrow();
  });

  it('is recognised as the same file signed again by the same publisher, and only then', async () => {
    const by = await signer();
    const text = JSON.stringify(await signFile(plain(), by), null, 2);
    expect(await signedAlready(text, plain(), by)).toBe(true);
    const changed = plain();
    changed.exportedAt = '2026-01-01T00:00:00.000Z';
    expect(await signedAlready(text, changed, by)).toBe(false);
    expect(await signedAlready(text, plain(), await signer())).toBe(false);
    expect(await signedAlready(text, plain(), { ...by, name: 'Another name' })).toBe(false);
    expect(await signedAlready('not json', plain(), by)).toBe(false);
  });
});
