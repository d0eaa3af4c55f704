/*
 * "No user-facing string outside the language files": every .svelte template (outside
 * <script> and <style>) is scanned for text and for user-visible attribute values written as
 * words instead of coming from `t(...)` or data inside `{...}`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../src');
const VISIBLE_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label'];

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

/** The template with `{...}` expressions (nested, with their strings) replaced by a placeholder. */
function withoutExpressions(template: string): string {
  let out = '';
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (depth === 0) {
      if (c === '{') depth = 1;
      else out += c;
      continue;
    }
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) out += ' ';
  }
  return out;
}

const WORDS = /\p{L}/u;

/** Hard-coded user-facing strings of one component's template. */
function hardCodedStrings(source: string): string[] {
  const template = withoutExpressions(
    source
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, ''),
  );
  const found: string[] = [];
  for (const [, text = ''] of template.matchAll(/>([^<>]*)</g)) {
    if (WORDS.test(text)) found.push(text.trim());
  }
  const attribute = new RegExp(`\\s(${VISIBLE_ATTRIBUTES.join('|')})=(?:"([^"]*)"|'([^']*)')`, 'g');
  for (const [, name, double, single] of template.matchAll(attribute)) {
    const value = double ?? single ?? '';
    if (WORDS.test(value)) found.push(`${name}="${value.trim()}"`);
  }
  return found;
}

describe('no hard-coded user-facing string', () => {
  it('finds words in text and visible attributes, not in expressions, markup or symbols', () => {
    const sample = `<script>const a = '<p>Bonjour</p>';</script>
      <p>Bonjour {name}</p><span aria-label="Fermer">×</span><b title={t('x')}>{t('y')} → ·</b>
      <input placeholder="{t('z')} ex." /><div class="card"><!-- Commentaire --></div>
      {#if a}<i>{'}'} </i>{/if}<style>p::after { content: 'Mot'; }</style>`;
    expect(hardCodedStrings(sample)).toEqual(['Bonjour', 'aria-label="Fermer"', 'placeholder="ex."']);
  });

  it('holds for every component of the app', () => {
    const offenders = svelteFiles(ROOT).flatMap((file) => hardCodedStrings(readFileSync(file, 'utf8')).map((text) => `${relative(ROOT, file)}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
