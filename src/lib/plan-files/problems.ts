/*
 * What is wrong with a file, in a form the interface can show in the user's language: a
 * message key ("file.dateInvalid"), its parameters and the place in the file
 * ("plans[0].bundle.meetings[3].startDate"). Never English text from a parser: valibot's
 * issues are turned into keys here. Values quoted back from the file are cut short.
 */
import type * as v from 'valibot';
// Message keys live in the plan files' and calendar files' catalogs (i18n/messages/plan-files, ical).
import type { MessageKey } from '../i18n/index.ts';
import { MAX_PROBLEMS } from './limits.ts';

export type FileMessageKey = Extract<MessageKey, `file.${string}`>;
export type ProblemParams = Record<string, string | number>;

export type FileProblem = {
  /** Where in the file: "plans[0].bundle.meetings[3].startDate"; "" for the file as a whole. */
  path: string;
  key: FileMessageKey;
  params?: ProblemParams;
};

/** Longest value quoted back in a message. */
const QUOTE_MAX = 60;

export function problem(path: string, key: FileMessageKey, params?: ProblemParams): FileProblem {
  return params ? { path, key, params } : { path, key };
}

/** A value from the file, as short inert text for a message. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

/** "plans[0].bundle.meetings[3]" from path segments. */
export function formatPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, key) => {
    if (typeof key === 'number') return `${path}[${key}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
    return `${path}[${JSON.stringify(key)}]`;
  }, '');
}

/** Appends `more` after `path`: joinPath('a[0]', 'b') is 'a[0].b'. */
export function joinPath(path: string, more: string): string {
  if (!path) return more;
  if (!more) return path;
  return more.startsWith('[') ? `${path}${more}` : `${path}.${more}`;
}

/** At most MAX_PROBLEMS problems, and one more saying how many were left out. */
export function capProblems(problems: readonly FileProblem[]): FileProblem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const rest = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), problem('', 'file.moreProblems', { count: rest })];
}

/** Messages that quote the offending value. */
const QUOTING: readonly string[] = [
  'file.idInvalid',
  'file.instantInvalid',
  'file.dateInvalid',
  'file.partialDateInvalid',
  'file.timeInvalid',
  'file.zoneUnknown',
  'file.languageInvalid',
  'file.urlInvalid',
];

type Issue = v.BaseIssue<unknown>;

export function problemFromIssue(issue: Issue, prefix: readonly (string | number)[] = []): FileProblem {
  const path = formatPath([...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)]);
  if (issue.message.startsWith('file.')) {
    const key = issue.message as FileMessageKey;
    return QUOTING.includes(key) ? problem(path, key, { value: quote(issue.input) }) : problem(path, key);
  }
  return genericProblem(issue, path);
}

function genericProblem(issue: Issue, path: string): FileProblem {
  if (issue.kind === 'schema' && issue.input === undefined) return problem(path, 'file.required');
  const requirement = issue.requirement as number;
  switch (issue.type) {
    case 'string':
      return problem(path, 'file.notText');
    case 'number':
    case 'finite':
      return problem(path, 'file.notNumber');
    case 'integer':
      return problem(path, 'file.notInteger');
    case 'boolean':
      return problem(path, 'file.notBoolean');
    case 'object':
    case 'record':
      return problem(path, 'file.notObject');
    case 'array':
      return problem(path, 'file.notList');
    case 'min_value':
      return problem(path, 'file.tooSmall', { min: requirement });
    case 'max_value':
      return problem(path, 'file.tooBig', { max: requirement });
    case 'max_entries':
      return problem(path, 'file.tooMany', { max: requirement });
    case 'max_length':
      return typeof issue.input === 'string' ? problem(path, 'file.tooLong', { max: requirement }) : problem(path, 'file.tooMany', { max: requirement });
    case 'picklist':
    case 'literal':
    case 'variant':
      return problem(path, 'file.choiceInvalid', { value: quote(issue.input) });
    default:
      return problem(path, 'file.invalid');
  }
}
