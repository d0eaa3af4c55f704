/*
 * `npm run publish -- <plan file> <out dir> [--key <key file>] [--app-url <address>] [--refresh-minutes <n>]`:
 * the Publish button of the app, in Node, for a secretariat that keeps its plan file in a
 * repository and publishes from its CI. It runs the app's own code (src/lib/publishing),
 * loaded by scripts/publish.mjs. The plan file is checked as the app checks one; its
 * problems, or an index in the folder that is not a Quorum site's, are printed in English
 * and nothing is written. Exit code 0 when published, 1 on a problem, 2 on a wrong command line.
 * With `--key`, the plan files are signed (plan-files/signature.ts) with the key in that file,
 * made once by `npm run publish -- --make-key <key file> --name <publisher>`: a JSON file with
 * the private key, to keep as a CI secret (in the app, the key never leaves the device; here
 * it has to live in a file). Without it the site is unsigned, and the command says so.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadMessages, setLanguage, t, type MessageKey } from '../../src/lib/i18n/index.ts';
import { readPlanFile } from '../../src/lib/plan-files/read-file.ts';
import { cryptoSigner, newKeyPair, publicJwk, thumbprint, type FileSigner } from '../../src/lib/plan-files/signature.ts';
import { publishInto, type SiteFolder } from '../../src/lib/publishing/publish-folder.ts';
import type { SiteIndexProblem } from '../../src/lib/publishing/site-index.ts';

const USAGE = [
  'Usage: npm run publish -- <plan file> <out dir> [--key <key file>] [--app-url <address of the app>] [--refresh-minutes <minutes>]',
  '       npm run publish -- --make-key <key file> --name <publisher name>',
].join('\n');

const KEY_FORMAT = 'quorum-publisher-key';

const INDEX_PROBLEMS: Record<SiteIndexProblem, string> = {
  notJson: 'is not JSON',
  notIndex: 'is not the index of a Quorum site',
  newer: 'was written by a newer version of Quorum',
};

type Args = { planFile: string; outDir: string; key?: string; appUrl?: string; refreshMinutes?: number };
type MakeKey = { makeKey: string; name: string };

const VALUED = ['--app-url', '--refresh-minutes', '--key', '--make-key', '--name'];

export function parseArgs(argv: readonly string[]): Args | MakeKey | string {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUED.includes(arg)) {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value.`;
      options[arg] = value;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else positional.push(arg);
  }
  const makeKey = options['--make-key'];
  if (makeKey !== undefined) {
    const name = options['--name']?.trim();
    if (positional.length || Object.keys(options).length !== 2 || !name) return '--make-key needs --name <publisher name>, and nothing else.';
    if (name.length > 200) return '--name has at most 200 characters.';
    return { makeKey, name };
  }
  if (options['--name'] !== undefined) return '--name goes with --make-key (the name is kept in the key file).';
  if (positional.length !== 2) return 'Give the plan file and the folder to publish into.';
  const args: Args = { planFile: positional[0]!, outDir: positional[1]! };
  if (options['--key'] !== undefined) args.key = options['--key'];
  const appUrl = options['--app-url'];
  if (appUrl !== undefined) {
    if (!/^https?:\/\//.test(appUrl) || !URL.canParse(appUrl)) return `--app-url must be an http(s) address, not ${appUrl}.`;
    args.appUrl = appUrl;
  }
  const minutes = options['--refresh-minutes'];
  if (minutes !== undefined) {
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 5 || n > 7 * 24 * 60) return '--refresh-minutes must be a whole number of minutes from 5 to 10080 (a week).';
    args.refreshMinutes = n;
  }
  return args;
}

function diskFolder(root: string): SiteFolder {
  return {
    async read(path) {
      try {
        return await readFile(join(root, path), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async has(path) {
      return (await stat(join(root, path)).catch(() => undefined))?.isFile() ?? false;
    },
    async write(path, bytes) {
      const target = join(root, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    },
  };
}

/** Makes a key file: a new ECDSA P-256 key pair (extractable: it is written out) and the publisher's name. */
async function makeKeyFile(path: string, name: string, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const pair = await newKeyPair(true);
  const publicKey = publicJwk(await crypto.subtle.exportKey('jwk', pair.publicKey));
  const privateKey = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const text = `${JSON.stringify({ format: KEY_FORMAT, name, publicKey, privateKey: { kty: privateKey.kty, crv: privateKey.crv, x: privateKey.x, y: privateKey.y, d: privateKey.d } }, null, 2)}\n`;
  try {
    // `wx`: never overwrites a key (its followers would see another key); readable by its owner only.
    await writeFile(path, text, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    err(`Cannot write ${path}: ${(error as Error).message}`);
    return 1;
  }
  out(`Made the key of ${name} in ${path} (key ${await thumbprint(publicKey)}). Keep this file secret, e.g. as a CI secret.`);
  return 0;
}

/** The signer in a key file made by --make-key, or why it cannot be used. */
async function readKeyFile(path: string): Promise<FileSigner | string> {
  let value: { format?: unknown; name?: unknown; publicKey?: JsonWebKey; privateKey?: JsonWebKey };
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return `Cannot read the key file ${path}: ${(error as Error).message}`;
  }
  if (value?.format !== KEY_FORMAT || typeof value.name !== 'string' || !value.name.trim() || !value.publicKey || !value.privateKey)
    return `${path} is not a Quorum key file (make one with --make-key).`;
  try {
    const algorithm = { name: 'ECDSA', namedCurve: 'P-256' };
    const privateKey = await crypto.subtle.importKey('jwk', value.privateKey, algorithm, false, ['sign']);
    const publicKey = await crypto.subtle.importKey('jwk', publicJwk(value.publicKey), algorithm, true, ['verify']);
    return await cryptoSigner(value.name, privateKey, publicKey);
  } catch {
    return `${path} holds no usable ECDSA P-256 key pair.`;
  }
}

/** Runs the command; what it prints goes to `out` and `err`. Returns the exit code. */
export async function main(argv: readonly string[], out = console.log, err = console.error, now = new Date()): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    err(`${args}\n${USAGE}`);
    return 2;
  }
  if ('makeKey' in args) return makeKeyFile(args.makeKey, args.name, out, err);
  const signer = args.key === undefined ? undefined : await readKeyFile(args.key);
  if (typeof signer === 'string') {
    err(`${signer} Nothing was written.`);
    return 1;
  }
  await setLanguage('en');
  await loadMessages(['plan-files']);
  let text: string;
  try {
    text = await readFile(args.planFile, 'utf8');
  } catch (error) {
    err(`Cannot read ${args.planFile}: ${(error as Error).message}`);
    return 1;
  }
  const read = await readPlanFile(text);
  if (!read.ok) {
    err(`${args.planFile} is not a plan file Quorum can publish. Nothing was written.`);
    for (const p of read.problems) err(`  ${p.path ? `${p.path}: ` : ''}${t(p.key as MessageKey, p.params)}`);
    return 1;
  }
  const outDir = resolve(args.outDir);
  const result = await publishInto(diskFolder(outDir), {
    bundles: read.file.plans.map((p) => p.bundle),
    app: 'Quorum (npm run publish)',
    now,
    ...(signer ? { signer } : {}),
    ...(args.appUrl ? { appBaseUrl: args.appUrl } : {}),
    ...(args.refreshMinutes ? { refreshSeconds: args.refreshMinutes * 60 } : {}),
  });
  if (!result.ok) {
    err(`${join(outDir, 'index.json')} ${INDEX_PROBLEMS[result.problem]}. Nothing was written: publish into an empty folder or a Quorum site's.`);
    return 1;
  }
  for (const plan of result.index.plans.filter((p) => read.file.plans.some((e) => e.bundle.plan.id === p.id)))
    out(`Published ${plan.shortTitle.text} (as of ${plan.version}, ${plan.meetings} meetings): ${plan.planFile}${plan.calendar ? `, ${plan.calendar}` : ''}`);
  out(`${result.files} files, ${result.bytes} bytes, in ${outDir}`);
  out(
    signer
      ? `Signed by ${signer.name} (key ${await thumbprint(signer.key)}).`
      : 'Not signed: followers who remember a publisher for this plan will see it as not verified. Sign with --key <key file>.',
  );
  return 0;
}
