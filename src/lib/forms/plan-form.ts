/*
 * The plan settings form: title, short title, owning body, chair and role, time zone, status,
 * as plain strings, and the patch a command takes (texts keep their language and translations).
 */
import type { PlanPatch } from '../db/commands/plan-commands.ts';
import type { LocalizedText, Plan, PlanStatus } from '../domain/types.ts';
import { validatePlan } from '../domain/validation.ts';
import { fieldMessages } from './field-messages.ts';

export type PlanValues = {
  title: string;
  shortTitle: string;
  body: string;
  chairName: string;
  chairRole: string;
  timeZone: string;
  status: PlanStatus;
};

export function planValues(plan: Plan): PlanValues {
  return {
    title: plan.title.text,
    shortTitle: plan.shortTitle.text,
    body: plan.body.text,
    chairName: plan.chair?.name ?? '',
    chairRole: plan.chair?.role?.text ?? '',
    timeZone: plan.timeZone,
    status: plan.status,
  };
}

const edited = (before: LocalizedText | undefined, text: string, lang: string): LocalizedText =>
  before && before.text === text.trim() ? before : { lang: before?.lang ?? lang, text: text.trim() };

export function planPatch(values: PlanValues, plan: Plan): PlanPatch {
  const lang = plan.language;
  const chair =
    values.chairName.trim() || values.chairRole.trim()
      ? { name: values.chairName.trim(), ...(values.chairRole.trim() ? { role: edited(plan.chair?.role, values.chairRole, lang) } : {}) }
      : null;
  return {
    title: edited(plan.title, values.title, lang),
    shortTitle: edited(plan.shortTitle, values.shortTitle, lang),
    body: edited(plan.body, values.body, lang),
    timeZone: values.timeZone,
    status: values.status,
    chair,
  };
}

export function planErrors(values: PlanValues, plan: Plan): Partial<Record<keyof PlanValues, string>> {
  const patch = planPatch(values, plan);
  const { 'chair.name': chairName, 'chair.role': chairRole, ...rest } = fieldMessages(validatePlan({ ...plan, ...patch, chair: patch.chair ?? undefined }));
  return { ...rest, ...(chairName ? { chairName } : {}), ...(chairRole ? { chairRole } : {}) };
}
