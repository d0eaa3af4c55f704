/* The first screen's interface strings in English (same keys as fr.ts). Loaded on demand. */
import type { MessageKey } from './fr.ts';

export const en: Record<MessageKey, string> = {
  'app.name': 'Quorum',
  'app.skip': 'Skip to content',

  'nav.label': 'Main navigation',
  'nav.overview': 'Home',
  'nav.plan': 'Plan',
  'nav.calendar': 'Calendar',
  'nav.timeline': 'Timeline',
  'nav.documents': 'Documents',
  'nav.search': 'Search',
  'nav.language': 'Language',

  'loading': 'Loading…',

  'notFound.title': 'Page not found',
  'notFound.body': 'This address does not match any page of the application.',
  'noPlan': 'No plan on this device: create one, restore the default plan or undo the deletion.',
  'notFound.home': 'Back to home',

  'overview.chair': 'Chair',
  'overview.body': 'Body',
  'overview.nextMeeting': 'Next meeting of the group',
  'overview.todayMeeting': 'Group meeting today',
  'overview.lastMeeting': 'Last meeting of the group',
  'overview.completed': 'The dates of all the group’s meetings are past.',
  'overview.noMeeting': 'No meeting of the group is scheduled.',
  'overview.inDays': 'in {count} days',
  'overview.tomorrow': 'tomorrow',
  'overview.goal': 'Meeting being prepared',
  'overview.explore': 'Browse the plan',
  'overview.status': 'Plan status',

  'planStatus.draft': 'Draft',
  'planStatus.adopted': 'Adopted',
  'planStatus.in-progress': 'In progress',
  'planStatus.completed': 'Completed',
  'planStatus.archived': 'Archived',

  'calendar.agenda': 'Agenda',

  'meeting.allDay': 'All day (time not specified)',
  'meeting.wgTitle': 'Working group meeting of {date}',

  'meetingStatus.planned': 'Scheduled',
  'meetingStatus.held': 'Held',
  'meetingStatus.postponed': 'Postponed',
  'meetingStatus.cancelled': 'Cancelled',
  'meetingStatus.plannedPast': 'Date passed',

  'form.edit': 'Edit',
  'form.leave': 'Some changes are not saved. Leave anyway?',
  'form.quota': 'The device does not have enough space left to save. Nothing was changed; free up some space and try again.',
  'form.undo': 'Undo',
  'form.undone': 'Change undone.',
  'form.nothingToUndo': 'Nothing to undo.',

  'plans.manage': 'My plans',
  'plans.edit': 'Edit the plan',
  'plans.changes': 'Changes and history',
  'share.title': 'Share and back up',
  'share.reminder': 'Changes not backed up: {count}',

  'pwa.offline': 'Offline: all content remains available.',
};
