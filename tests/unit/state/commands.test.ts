import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import type { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { bindCommands, commands } from '../../../src/lib/state/commands.ts';
import { seedAppDb } from '../components/app-db.ts';

describe('commands', () => {
  it('binds each function to the database, leaving out error classes', async () => {
    const seen: unknown[] = [];
    const fake = {} as QuorumDatabase;
    const bound = bindCommands(async () => fake, { act: (db: QuorumDatabase, n: number) => seen.push(db, n), SomeError: class extends Error {} });
    expect(await bound.act(3)).toBe(2);
    expect(seen).toEqual([fake, 3]);
    expect(Object.keys(bound)).toEqual(['act']);
  });

  it('waits for the database to be open before running a command', async () => {
    const seen: unknown[] = [];
    let open: (db: QuorumDatabase) => void = () => {};
    const opening = new Promise<QuorumDatabase>((resolve) => (open = resolve));
    const bound = bindCommands(() => opening, { act: (db: QuorumDatabase) => seen.push(db) });
    const done = bound.act();
    await Promise.resolve();
    expect(seen).toEqual([]);
    const fake = {} as QuorumDatabase;
    open(fake);
    await done;
    expect(seen).toEqual([fake]);
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
