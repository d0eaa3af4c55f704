import { describe, expect, it } from 'vitest';
import { planErrors, planPatch, planValues } from '../../../src/lib/forms/plan-form.ts';
import { fr, makePlan } from '../factories.ts';

const plan = makePlan({ chair: { name: 'Colonel Mitchell', role: fr('Président') }, title: { lang: 'fr', text: 'Plan', translations: { en: 'Plan' } } });

describe('plan form', () => {
  it('keeps an unchanged text as it was, translations included', () => {
    const patch = planPatch(planValues(plan), plan);
    expect(patch.title).toBe(plan.title);
    expect(patch.chair).toEqual({ name: 'Colonel Mitchell', role: fr('Président') });
  });

  it('removes the chair when both its fields are emptied, and drops a blank role', () => {
    expect(planPatch({ ...planValues(plan), chairName: '', chairRole: '' }, plan).chair).toBeNull();
    expect(planPatch({ ...planValues(plan), chairRole: ' ' }, plan).chair).toEqual({ name: 'Colonel Mitchell' });
  });

  it('requires a title and a short title, and a known time zone', () => {
    const errors = planErrors({ ...planValues(plan), title: ' ', shortTitle: '', timeZone: 'Mars/Base' }, plan);
    expect(Object.keys(errors).sort()).toEqual(['shortTitle', 'timeZone', 'title']);
    expect(errors.timeZone).toContain('Mars/Base');
    expect(planErrors({ ...planValues(plan), chairName: '', chairRole: 'Présidente' }, plan).chairName).toBeDefined();
  });
});
