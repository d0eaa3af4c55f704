/*
 * Text -> JSON value, for a file that can come from anyone. JSON.parse itself is safe (it
 * defines `__proto__` as a plain own key, never as the prototype), but such keys are
 * dangerous in any later copy or merge, so a walk over the parsed value rejects
 * `__proto__`, `constructor` and `prototype` anywhere, and nesting deeper than the format
 * needs. When parsing fails it says whether the text looks cut short (a file truncated in
 * transit) or is not JSON at all, or is a calendar file given to the wrong import.
 */
import { MAX_DEPTH } from './limits.ts';
import { formatPath, problem, type FileProblem } from './problems.ts';

const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: FileProblem[] };

export function parseJsonText(raw: string): JsonResult {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (!text.trim()) return { ok: false, problems: [problem('', 'file.empty')] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [problem('', whyNotJson(text))] };
  }
  const problems = unsafeParts(value);
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

function whyNotJson(text: string): FileProblem['key'] {
  const start = text.trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'file.isCalendar';
  return looksTruncated(start) ? 'file.truncated' : 'file.notJson';
}

/**
 * True when the text reads as the start of a JSON object or array that stops before its end:
 * brackets still open, or a string still open, and no mismatched bracket on the way.
 */
export function looksTruncated(text: string): boolean {
  if (!text.startsWith('{') && !text.startsWith('[')) return false;
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  for (const c of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') {
      if (open.pop() !== (c === '}' ? '{' : '[')) return false;
    }
  }
  return inString || open.length > 0;
}

type Node = { value: unknown; path: (string | number)[] };

/** Forbidden keys and excessive nesting anywhere in `root`, walked without recursion. */
function unsafeParts(root: unknown): FileProblem[] {
  const problems: FileProblem[] = [];
  const stack: Node[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) {
      problems.push(problem(formatPath(path), 'file.tooDeep', { max: MAX_DEPTH }));
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.includes(key)) problems.push(problem(formatPath([...path, key]), 'file.forbiddenKey', { key }));
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path));
}
