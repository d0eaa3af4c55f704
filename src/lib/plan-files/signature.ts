/*
 * Who published a plan file: its signature (docs/plan-file-format.md, "Signature"). A file
 * published by the app, or by `npm run publish` with a key, carries at its top level
 *   "signature": { "alg": "ES256", "publisher": "<name>", "key": <public JWK>, "value": "<base64url>" }
 * where `value` is the ECDSA P-256 / SHA-256 signature (IEEE P1363, as WebCrypto gives it) of
 * the file's canonical JSON (RFC 8785) with `signature.value` left out: every byte of the plan,
 * and the publisher's name and key, are covered, however the file is indented or its keys
 * ordered. Reading only states what the file says and whether the signature holds
 * (SignatureCheck); whether the key is the one this device expects for the plan is the
 * domain's word (domain/trust.ts), from the keys pinned here.
 */
import canonicalize from 'canonicalize';
import * as v from 'valibot';
import type { PublicKeyJwk, SignatureCheck } from '../domain/trust.ts';
import { nextTask } from './progress.ts';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

const Base64Url = (length: number) => v.pipe(v.string(), v.length(length), v.regex(/^[A-Za-z0-9_-]+$/));

const KeySchema = v.object({ kty: v.literal('EC'), crv: v.literal('P-256'), x: Base64Url(43), y: Base64Url(43) });

const SignatureSchema = v.object({
  alg: v.literal('ES256'),
  publisher: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  key: KeySchema,
  value: Base64Url(86),
});

/** What signs: a name, its public key, and a function that signs bytes (the private key stays inside it). */
export type FileSigner = { name: string; key: PublicKeyJwk; sign: (bytes: Uint8Array) => Promise<Uint8Array> };

/** A signer around a WebCrypto key pair: the private key may be non-extractable. */
export async function cryptoSigner(name: string, privateKey: CryptoKey, publicKey: CryptoKey): Promise<FileSigner> {
  const key = publicJwk(await crypto.subtle.exportKey('jwk', publicKey));
  return { name, key, sign: async (bytes) => new Uint8Array(await crypto.subtle.sign(SIGNING, privateKey, bytes as Uint8Array<ArrayBuffer>)) };
}

/** A new key pair whose private half can never leave the device (it can sign, not be read). */
export function newKeyPair(extractable = false): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, extractable, ['sign', 'verify']);
}

/** `file` (a plain JSON value: what JSON.parse gives) with its signature by `signer` at the end. */
export async function signFile(file: Record<string, unknown>, signer: FileSigner): Promise<Record<string, unknown>> {
  const { signature: _old, ...rest } = file;
  const header = { alg: 'ES256', publisher: signer.name.trim(), key: signer.key };
  const value = base64Url(await signer.sign(await signedBytes({ ...rest, signature: header })));
  return { ...rest, signature: { ...header, value } };
}

/**
 * Whether `previous` (a file's text) is `file` (as JSON.parse gives it) signed by `signer`:
 * then publishing again can keep its bytes, so an unchanged plan stays byte for byte the same
 * for caches and validators (a new ECDSA signature differs each time).
 */
export async function signedAlready(previous: string, file: Record<string, unknown>, signer: FileSigner): Promise<boolean> {
  let old: unknown;
  try {
    old = JSON.parse(previous);
  } catch {
    return false;
  }
  const check = await checkSignature(old);
  if (check.status !== 'signed' || check.name !== signer.name.trim() || check.thumbprint !== (await thumbprint(signer.key))) return false;
  const { signature: _a, ...before } = old as Record<string, unknown>;
  const { signature: _b, ...after } = file;
  return (await canonicalJson(before)) === (await canonicalJson(after));
}

/** Whether `raw` (the file as parsed, before any check drops a key) is signed, and whether its signature holds. */
export async function checkSignature(raw: unknown): Promise<SignatureCheck> {
  const claimed = (raw as { signature?: unknown } | null)?.signature;
  if (claimed === undefined) return { status: 'unsigned' };
  const parsed = v.safeParse(SignatureSchema, claimed);
  if (!parsed.success) return { status: 'broken', ...claimedName(claimed) };
  const { value, ...header } = parsed.output;
  const name = header.publisher;
  try {
    const key = await crypto.subtle.importKey('jwk', { ...header.key, ext: true }, ALGORITHM, false, ['verify']);
    const message = await signedBytes({ ...(raw as Record<string, unknown>), signature: { ...(claimed as object), value: undefined } });
    const holds = await crypto.subtle.verify(SIGNING, key, fromBase64Url(value) as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
    if (!holds) return { status: 'broken', name };
    return { status: 'signed', name, key: header.key, thumbprint: await thumbprint(header.key) };
  } catch {
    // Not a point of the curve, a lone surrogate that has no canonical form…: nothing is verified.
    return { status: 'broken', name };
  }
}

/** The RFC 7638 thumbprint of a public key (SHA-256, base64url): the same key always gives the same one. */
export async function thumbprint(key: PublicKeyJwk): Promise<string> {
  const members = JSON.stringify({ crv: key.crv, kty: key.kty, x: key.x, y: key.y });
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(members))));
}

/** The public members of an exported public key, nothing else (no `ext`, no `key_ops`). */
export function publicJwk(jwk: JsonWebKey): PublicKeyJwk {
  const parsed = v.parse(KeySchema, { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
  return parsed;
}

async function signedBytes(value: Record<string, unknown>): Promise<Uint8Array> {
  return new TextEncoder().encode(await canonicalJson(value));
}

/** Depth of a file's records (file > plans > entry > bundle > list > record): each is written in one piece. */
const RECORD_DEPTH = 5;
/** Records written between two pauses for the page (publishing signs on the main thread). */
const RECORDS_PER_TASK = 500;

/**
 * The RFC 8785 canonical JSON of `value`, exactly as `canonicalize` writes it, but record by
 * record with a pause every few hundred: in one piece, the 2,000-meeting plan's 10 MB held the
 * thread for 350 to 450 ms. The levels above the records are written here (keys sorted by UTF-16
 * code units, members without a JSON value left out, as `canonicalize` does); each record by it.
 */
export async function canonicalJson(value: unknown): Promise<string> {
  const parts: string[] = [];
  let written = 0;
  const write = async (item: unknown, depth: number): Promise<void> => {
    if (depth >= RECORD_DEPTH || item === null || typeof item !== 'object') {
      parts.push(canonicalize(item) ?? 'null');
      if (depth >= RECORD_DEPTH && ++written % RECORDS_PER_TASK === 0) await nextTask();
      return;
    }
    if (Array.isArray(item)) {
      parts.push('[');
      for (let i = 0; i < item.length; i++) {
        if (i) parts.push(',');
        await write(item[i], depth + 1);
      }
      parts.push(']');
      return;
    }
    parts.push('{');
    let first = true;
    for (const key of Object.keys(item).sort()) {
      const member = (item as Record<string, unknown>)[key];
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      parts.push(`${first ? '' : ','}${canonicalize(key)}:`);
      first = false;
      await write(member, depth + 1);
    }
    parts.push('}');
  };
  await write(value, 0);
  return parts.join('');
}

/** The name a malformed signature claims, when it claims one that can be shown. */
function claimedName(claimed: unknown): { name?: string } {
  const name = (claimed as { publisher?: unknown } | null)?.publisher;
  return typeof name === 'string' && name.trim() && name.length <= 200 ? { name: name.trim() } : {};
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
