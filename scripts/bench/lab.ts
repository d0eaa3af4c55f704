/*
 * What the benchmark runs inside Chromium, built from the app's own modules by
 * scripts/bench.mjs (Vite library build, minified like the app) and served to the page of the
 * built app at /__bench/lab.js (the page's origin, so it opens the app's own "quorum"
 * database). Nothing of this is in the app.
 */
export { generatePlan } from '../../tests/support/generate-plan.ts';
export { QuorumDatabase } from '../../src/lib/db/database.ts';
export { seedOnce } from '../../src/lib/db/seed.ts';
export { planModeKey } from '../../src/lib/db/plan-mode-key.ts';
export { CURRENT_PLAN_KEY, loadPlanBundle } from '../../src/lib/db/queries.ts';
export { buildCalendar, buildCalendarInSlices } from '../../src/lib/ical/index.ts';
export { exportPlans, readPlanFile, readPlanFileOffThread, previewImport, applyImport } from '../../src/lib/plan-files/index.ts';
export { buildSearchIndex, search } from '../../src/lib/domain/search.ts';
export { fileParts } from '../../src/lib/plan-files/hand-off.ts';
export { mispaIII } from '../../src/data/mispa-iii.ts';
export { readIcsFileOffThread } from '../../src/lib/ical/ics-off-thread.ts';
export { generatedCalendar } from '../../tests/unit/ical/ics-files.ts';
