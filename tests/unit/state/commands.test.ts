import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import type { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { bindCommands, commands } from '../../../src/lib/state/commands.ts';
import { seedAppDb } from '../components/app-db.ts';

describe('commands', () => {
  it('binds each function to the database, leaving out error classes', () => {
    const seen: unknown[] = [];
    const fake = {} as QuorumDatabase;
    const bound = bindCommands(fake, { act: (db: QuorumDatabase, n: number) => seen.push(db, n), SomeError: class extends Error {} });
    bound.act(3);
    expect(seen).toEqual([fake, 3]);
    expect(Object.keys(bound)).toEqual(['act']);
  });

  it('writes to the app’s database', async () => {
    const db = await seedAppDb();
    const item = mispaIII.agendaItems[0]!;
    await commands.recordOutcome(item.id, { kind: 'decided' });
    expect((await db.agendaItems.get(item.id))?.outcome?.kind).toBe('decided');
    await commands.setSetting('icalReminder', '1h');
    expect((await db.meta.get('setting:icalReminder'))?.value).toBe('1h');
  });
});
