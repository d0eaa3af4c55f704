/*
 * Adding, changing or removing the translation of one text of a record (its heading, a
 * paragraph, a meeting's place...), in one transaction with its history entry.
 */
import { withTranslation } from '../../domain/translations.ts';
import type { Id, LanguageTag, RecordTable } from '../../domain/types.ts';
import { optionalText, PARAGRAPH_MAX } from '../../domain/validation-rules.ts';
import type { QuorumDatabase } from '../database.ts';
import { mustGet, runCommand } from './context.ts';
import { ValidationError } from './errors.ts';

/** Sets the `lang` translation of the text at `path` of a record; a blank one removes it. */
export async function setTranslation(
  db: QuorumDatabase,
  table: RecordTable,
  id: Id,
  path: string,
  lang: LanguageTag,
  translation: string,
  now = new Date(),
): Promise<void> {
  const tooLong = optionalText(translation.trim(), PARAGRAPH_MAX);
  if (tooLong) throw new ValidationError({ translation: tooLong });
  return runCommand(db, 'setTranslation', now, async (ctx) => {
    const before = await mustGet(db, table, id);
    const after = withTranslation(before, path, lang, translation);
    if (!after) throw new ValidationError({ translation: { key: 'validation.required' } });
    await ctx.update(table, before, after);
  });
}
