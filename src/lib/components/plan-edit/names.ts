/*
 * How the editing screens name parts of the plan: a section by its number and heading (or a
 * short name for button labels), a long text clipped for a confirmation question.
 */
import type { Id, Section } from '../../domain/types.ts';

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "II. MANDAT", or the heading alone for an unnumbered section. */
export function sectionTitle(section: Section): string {
  return section.number ? `${section.number}. ${section.heading.text}` : section.heading.text;
}

/** "II", or the heading (clipped) for an unnumbered section: for button labels. */
export function sectionShortName(section: Section): string {
  return section.number ?? clip(section.heading.text);
}

/** Every section under section `id` (not itself), parents before their children. */
export function subsectionsOf(sections: readonly Section[], id: Id): Section[] {
  return sections.filter((s) => s.parentId === id).flatMap((s) => [s, ...subsectionsOf(sections, s.id)]);
}
