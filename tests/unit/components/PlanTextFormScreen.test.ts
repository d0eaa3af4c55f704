import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import PlanTextFormScreen from '../../../src/lib/components/plan-edit/PlanTextFormScreen.svelte';

describe('PlanTextFormScreen', () => {
  it.each([
    ['section', { id: 'mispa-iii/s2' }, 'Modifier la section : II. MANDAT'],
    ['resolution', { parent: 'mispa-iii/s3' }, 'Nouvelle résolution'],
    ['mandate', { id: 'mispa-iii/m1' }, 'Modifier le mandat 1'],
    ['document', { parent: 'mispa-iii' }, 'Nouveau document'],
  ] as const)('opens the %s form the route names', (target, args, title) => {
    render(PlanTextFormScreen, { props: { bundle: mispaIII, target, ...args } }); // `target` is also a mount option
    expect(screen.getByRole('heading', { level: 1 }).textContent?.trim()).toBe(title);
  });
});
