/*
 * Files written by earlier versions of the format, brought to the current one before they are
 * validated, so only one schema (the current) ever decides what is stored. Each upgrade takes
 * one version to the next and works on the raw parsed JSON: it changes only what it knows
 * and leaves anything unexpected for the validation that follows to report.
 *
 * Version 1 (the first shape): no milestones, no history, no `app`/`contact`, and every text
 * a plain string written in the plan's language.
 */
import { isLanguageTag } from './field-rules.ts';

type Json = Record<string, unknown>;

/** Where version 1 held plain strings that version 2 holds as LocalizedText. */
const V1_TEXT_FIELDS: Record<string, readonly string[]> = {
  plan: ['title', 'shortTitle', 'body', 'chair.role'],
  sections: ['heading', 'paragraphs[].text', 'signature[]'],
  resolutions: ['title', 'note'],
  mandates: ['text', 'responsible[]', 'confirmationNote'],
  meetings: ['title', 'place'],
  agendaItems: ['text', 'outcome.note'],
  documents: ['title'],
};

/** Upgrades by the version they start from. */
const UPGRADES: Record<number, (file: Json) => Json> = { 1: upgradeV1toV2 };

/** `file` (of `version`) brought to `target`, one version at a time. */
export function upgradeFile(file: Json, version: number, target: number): Json {
  let current = file;
  for (let from = version; from < target; from++) current = UPGRADES[from]!(current);
  return current;
}

export function upgradeV1toV2(file: Json): Json {
  const plans = Array.isArray(file.plans) ? file.plans.map(upgradePlanV1) : file.plans;
  return { ...file, version: 2, plans };
}

function upgradePlanV1(entry: unknown): unknown {
  if (!isObject(entry) || !isObject(entry.bundle)) return entry;
  const bundle: Json = { ...entry.bundle };
  const plan = bundle.plan;
  const language = isObject(plan) && typeof plan.language === 'string' && isLanguageTag(plan.language) ? plan.language : 'und';
  for (const [field, paths] of Object.entries(V1_TEXT_FIELDS)) {
    const records = field === 'plan' ? [bundle.plan] : bundle[field];
    if (!Array.isArray(records)) continue;
    for (const record of records) for (const path of paths) wrapTexts(record, path.split('.'), language);
  }
  bundle.milestones ??= [];
  return { ...entry, bundle };
}

/** Replaces the string at `path` in `holder` by { lang, text }; `name[]` walks each element. */
function wrapTexts(holder: unknown, path: readonly string[], lang: string): void {
  const [head, ...rest] = path;
  if (!isObject(holder) || head === undefined) return;
  const many = head.endsWith('[]');
  const key = many ? head.slice(0, -2) : head;
  if (!Object.hasOwn(holder, key)) return;
  const value = holder[key];
  if (!many) {
    if (rest.length) wrapTexts(value, rest, lang);
    else holder[key] = toText(value, lang);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (rest.length) wrapTexts(item, rest, lang);
      else value[i] = toText(item, lang);
    });
  }
}

function toText(value: unknown, lang: string): unknown {
  return typeof value === 'string' ? { lang, text: value } : value;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
