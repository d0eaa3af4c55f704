/*
 * `npm run publish -- <plan file> <out dir> [--app-url <address>] [--refresh-minutes <n>]`:
 * the Publish button of the app, in Node, for a secretariat that keeps its plan file in a
 * repository and publishes from its CI. It runs the app's own code (src/lib/publishing),
 * loaded by scripts/publish.mjs. The plan file is checked as the app checks one; its
 * problems, or an index in the folder that is not a Quorum site's, are printed in English
 * and nothing is written. Exit code 0 when published, 1 on a problem, 2 on a wrong command line.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadMessages, setLanguage, t, type MessageKey } from '../../src/lib/i18n/index.ts';
import { readPlanFile } from '../../src/lib/plan-files/read-file.ts';
import { publishInto, type SiteFolder } from '../../src/lib/publishing/publish-folder.ts';
import type { SiteIndexProblem } from '../../src/lib/publishing/site-index.ts';

const USAGE = 'Usage: npm run publish -- <plan file> <out dir> [--app-url <address of the app>] [--refresh-minutes <minutes>]';

const INDEX_PROBLEMS: Record<SiteIndexProblem, string> = {
  notJson: 'is not JSON',
  notIndex: 'is not the index of a Quorum site',
  newer: 'was written by a newer version of Quorum',
};

type Args = { planFile: string; outDir: string; appUrl?: string; refreshMinutes?: number };

export function parseArgs(argv: readonly string[]): Args | string {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--app-url' || arg === '--refresh-minutes') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value.`;
      options[arg] = value;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else positional.push(arg);
  }
  if (positional.length !== 2) return 'Give the plan file and the folder to publish into.';
  const args: Args = { planFile: positional[0]!, outDir: positional[1]! };
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
    async write(path, bytes) {
      const target = join(root, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    },
  };
}

/** Runs the command; what it prints goes to `out` and `err`. Returns the exit code. */
export async function main(argv: readonly string[], out = console.log, err = console.error, now = new Date()): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    err(`${args}\n${USAGE}`);
    return 2;
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
  return 0;
}
