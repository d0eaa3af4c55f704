import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/lib/db/migrations.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order, each with a reason', () => {
    migrations.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.reason.length).toBeGreaterThan(10);
    });
  });

  it('open an empty database at the last version with every table', async () => {
    const db = new QuorumDatabase();
    await db.open();
    expect(db.verno).toBe(migrations.at(-1)!.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'agendaItems',
      'documentFiles',
      'documents',
      'history',
      'icalExports',
      'mandates',
      'marks',
      'meetings',
      'meta',
      'milestones',
      'notes',
      'plans',
      'resolutions',
      'sections',
    ]);
  });
});
