/*
 * A whole plan for a live query: for the screens that show the plan whole, loaded with the
 * first of them, not with the first screen. The caller notes its records (noteBundle).
 */
export { loadPlanBundle as readWholePlan } from '../db/queries.ts';
