import { it } from 'vitest';
import { readPlanFile } from '../../../src/lib/transfer/read-file.ts';
import { makeBundle, makeV1PlanFile } from '../factories.ts';
import { exportPlans } from '../../../src/lib/transfer/write-file.ts';
import { seededDb, T1 } from '../db/db-helpers.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
it('x', async () => {
  console.log(JSON.stringify(await readPlanFile(JSON.stringify(makeV1PlanFile([makeBundle('plan-old')])))).slice(0, 1500));
  const db = await seededDb();
  const b = await loadPlanBundle(db, 'mispa-iii');
  const { text } = await exportPlans(db, ['mispa-iii'], T1);
  const a = JSON.stringify(b); const c = JSON.stringify(JSON.parse(text).plans[0].bundle);
  let i = 0; while (a[i] === c[i]) i++; console.log(a.slice(i - 200, i + 100)); console.log(c.slice(i - 200, i + 100));
});
