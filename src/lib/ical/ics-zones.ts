/*
 * The VTIMEZONEs of a parsed calendar (jCal, before ical.js builds a component or a zone from
 * it), checked against what a real zone's rules can be (limits.ts): rules that repeat yearly,
 * at most one month and one weekday each, a sane COUNT and INTERVAL, a bounded number of
 * observances. ical.js expands every rule of a zone from its DTSTART at the zone's first use,
 * so one that repeats every second since year 1 held the reading for ever. A zone that breaks
 * these is removed from the calendar: its TZID is then read as an IANA zone when it is one
 * (ics-events.ts), and an event in any other is skipped with its own problem.
 */
import { MAX_ICS_ZONES, MAX_ZONE_OBSERVANCES, MAX_ZONE_RULE_COUNT, MAX_ZONE_RULE_DAYS, MAX_ZONE_RULE_INTERVAL, MAX_ZONE_RULES } from '../plan-files/limits.ts';

/** [name, properties, components], as ICAL.parse returns them. */
type JCalComponent = [string, JCalProperty[], JCalComponent[]];
type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** The recurrence parts a zone rule may use; any other (BYHOUR, BYSECOND, BYWEEKNO...) makes it repeat within a day or a week. */
const RULE_PARTS = new Set(['freq', 'interval', 'count', 'until', 'bymonth', 'byday', 'bymonthday', 'bysetpos', 'wkst']);

/** Removes from `calendar` (in place) the VTIMEZONEs whose rules cannot be real; returns their TZIDs. */
export function dropImpossibleZones(calendar: unknown): Set<string> {
  const dropped = new Set<string>();
  if (!Array.isArray(calendar) || !Array.isArray(calendar[2])) return dropped;
  const components = calendar[2] as JCalComponent[];
  let zones = 0;
  for (let i = 0; i < components.length; i++) {
    const component = components[i]!;
    if (!Array.isArray(component) || String(component[0]).toLowerCase() !== 'vtimezone') continue;
    if (++zones <= MAX_ICS_ZONES && realZone(component)) continue;
    const tzid = Array.isArray(component[1]) ? component[1].find((p) => Array.isArray(p) && p[0] === 'tzid')?.[3] : undefined;
    if (typeof tzid === 'string') dropped.add(tzid);
    components.splice(i--, 1);
  }
  return dropped;
}

function realZone(zone: JCalComponent): boolean {
  const observances = Array.isArray(zone[2]) ? zone[2] : [];
  let changes = 0;
  let rules = 0;
  for (const observance of observances) {
    const properties = Array.isArray(observance?.[1]) ? observance[1] : [];
    changes += 1 + properties.filter((p) => p[0] === 'rdate').length;
    for (const property of properties) {
      if (property[0] !== 'rrule') continue;
      if (++rules > MAX_ZONE_RULES || !realRule(property[3])) return false;
    }
  }
  return changes <= MAX_ZONE_OBSERVANCES;
}

function realRule(rule: unknown): boolean {
  if (typeof rule !== 'object' || rule === null) return false;
  const parts = rule as Record<string, unknown>;
  if (Object.keys(parts).some((part) => !RULE_PARTS.has(part.toLowerCase()))) return false;
  if (String(parts.freq).toUpperCase() !== 'YEARLY') return false;
  const within = (value: unknown, max: number) => value === undefined || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max);
  const count = (value: unknown) => (Array.isArray(value) ? value.length : value === undefined ? 0 : 1);
  return (
    within(parts.interval, MAX_ZONE_RULE_INTERVAL) &&
    within(parts.count, MAX_ZONE_RULE_COUNT) &&
    count(parts.bymonth) <= 1 &&
    count(parts.byday) <= 1 &&
    count(parts.bymonthday) <= MAX_ZONE_RULE_DAYS &&
    count(parts.bysetpos) <= 1
  );
}
