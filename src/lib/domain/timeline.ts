/*
 * The timeline of the process: meetings and other dated milestones in one list, in date
 * order. Milestone dates may be partial ("2011"): they sort before the days of that year.
 */
import type { Meeting, Milestone } from './types.ts';

export type TimelineEntry = { kind: 'meeting'; date: string; meeting: Meeting } | { kind: 'milestone'; date: string; milestone: Milestone };

export function buildTimeline(meetings: readonly Meeting[], milestones: readonly Milestone[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...meetings.map((meeting) => ({ kind: 'meeting' as const, date: meeting.startDate, meeting })),
    ...milestones.map((milestone) => ({ kind: 'milestone' as const, date: milestone.date, milestone })),
  ];
  const idOf = (e: TimelineEntry) => (e.kind === 'meeting' ? e.meeting.id : e.milestone.id);
  return entries.sort((a, b) => a.date.localeCompare(b.date) || idOf(a).localeCompare(idOf(b)));
}
