#!/usr/bin/python3
"""
Reads an .ics file with two strict readers, independent of the app and of each other, and
prints what each understood, as JSON, for tests/unit/ical/strict-readers.test.ts:
  - libical (Debian's gir1.2-ical-3.0, through python3-gi): parse errors, the iTIP
    restriction check (RFC 5546), and each event's occurrences as UTC instants, expanded by
    libical itself (RRULE and RDATE, with the file's own VTIMEZONE blocks);
  - python3-icalendar: parse, then each occurrence from its own reading of DTSTART/DTEND
    (its time-zone handling) and the RRULE expanded with dateutil, which it depends on.
For each alarm, the moment it rings: a UTC instant for a timed event, and for an all-day
event a floating wall clock ("2011-09-15T09:00:00": the device's own 09:00, RFC 5545 3.8.6.3).
Usage: /usr/bin/python3 tests/readers/check-ics.py FILE.ics... (a JSON list, one entry per file)
"""
import json
import sys
from datetime import date, datetime, time, timedelta, timezone

try:
    import gi
    gi.require_version('ICalGLib', '3.0')
    from gi.repository import ICalGLib as I
    import icalendar
    from dateutil import rrule
except (ImportError, ValueError) as error:
    print(f'check-ics.py needs gir1.2-ical-3.0, python3-gi and python3-icalendar ({error}); `npm test` installs them.',
          file=sys.stderr)
    sys.exit(3)

UTC = timezone.utc


def iso_utc(seconds):
    return datetime.fromtimestamp(seconds, UTC).strftime('%Y-%m-%dT%H:%M:%SZ')


def floating(dt):
    return dt.strftime('%Y-%m-%dT%H:%M:%S')


# ---- libical ---------------------------------------------------------------------------

def lic_errors(component):
    """Every X-LIC-ERROR libical attached, in this component and those inside it."""
    found = []
    prop = component.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while prop:
        found.append(f'{I.Component.kind_to_string(component.isa())}: {prop.get_xlicerror()}')
        prop = component.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
    inner = component.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while inner:
        found += lic_errors(inner)
        inner = component.get_next_component(I.ComponentKind.ANY_COMPONENT)
    return found


def lic_components(component, kind):
    found = []
    inner = component.get_first_component(kind)
    while inner:
        found.append(inner)
        inner = component.get_next_component(kind)
    return found


def lic_span(event):
    start, end = event.get_dtstart(), event.get_dtend()
    instant = lambda t: iso_utc(t.as_timet_with_zone(t.get_timezone()))
    return {'start': instant(start), 'end': instant(end) if event.get_first_property(I.PropertyKind.DTEND_PROPERTY) else None}


def lic_alarms(event, start):
    rings = []
    for alarm in lic_components(event, I.ComponentKind.VALARM_COMPONENT):
        trigger = alarm.get_first_property(I.PropertyKind.TRIGGER_PROPERTY).get_trigger()
        related = alarm.get_first_property(I.PropertyKind.TRIGGER_PROPERTY).get_parameter_as_string('RELATED')
        seconds = trigger.get_duration().as_int()
        if start.is_date():  # the device's own midnight, plus the trigger
            midnight = datetime(start.get_year(), start.get_month(), start.get_day())
            rings.append({'trigger': seconds, 'related': related, 'at': floating(midnight + timedelta(seconds=seconds))})
        else:  # the start instant plus the trigger's seconds, as Evolution (built on libical) rings
            rings.append({'trigger': seconds, 'related': related, 'at': iso_utc(start.as_timet_with_zone(start.get_timezone()) + seconds)})
    return rings


def read_libical(text):
    calendar = I.Component.new_from_string(text)
    if calendar is None:
        return {'errors': ['libical could not parse the file'], 'events': []}
    calendar.check_restrictions()
    events = []
    vevents = lic_components(calendar, I.ComponentKind.VEVENT_COMPONENT)
    moved = {}  # (UID, RECURRENCE-ID as UTC) -> the overriding VEVENT's own span
    for event in vevents:
        if event.get_first_property(I.PropertyKind.RECURRENCEID_PROPERTY) is not None:
            rid = event.get_recurrenceid()
            span = lic_span(event)
            moved[(event.get_uid(), iso_utc(rid.as_timet_with_zone(rid.get_timezone())))] = span
    for event in vevents:
        if event.get_first_property(I.PropertyKind.RECURRENCEID_PROPERTY) is not None:
            continue
        start = event.get_dtstart()
        occurrences = []

        has_end = any(event.get_first_property(kind) is not None
                      for kind in (I.PropertyKind.DTEND_PROPERTY, I.PropertyKind.DURATION_PROPERTY))

        def add(_component, span, _data):
            if not has_end:  # libical gives such an event an end at its start
                occurrences.append({'start': iso_utc(span.get_start()), 'end': None})
            elif start.is_date():
                day = lambda t: datetime.fromtimestamp(t, UTC).date().isoformat()
                occurrences.append({'start': day(span.get_start()), 'end': day(span.get_end())})
            else:
                occurrences.append({'start': iso_utc(span.get_start()), 'end': iso_utc(span.get_end())})

        event.foreach_recurrence(I.Time.new_from_string('19000101T000000Z'), I.Time.new_from_string('21000101T000000Z'), add, None)
        # A calendar shows an overridden occurrence (same UID, RECURRENCE-ID) at the override's times.
        occurrences = [moved.get((event.get_uid(), o['start']), o) for o in occurrences]
        events.append({
            'uid': event.get_uid(),
            # The file's TZID when libical read the file's own VTIMEZONE; its built-in table would
            # give "/freeassociation.sourceforge.net/<zone>".
            'tzid': start.get_tzid(),
            'occurrences': occurrences,
            'alarms': lic_alarms(event, start),
        })
    method = calendar.get_first_property(I.PropertyKind.METHOD_PROPERTY)
    return {'errors': lic_errors(calendar), 'method': method.as_ical_string().strip() if method else None, 'events': events}


# ---- python-icalendar --------------------------------------------------------------------

def localize(naive, tz):
    """The wall clock `naive` in `tz`, as the library's zone type wants (pytz needs localize)."""
    return tz.localize(naive) if hasattr(tz, 'localize') else naive.replace(tzinfo=tz)


def py_starts(event, start):
    """DTSTART, then the RRULE's and RDATE's occurrences, as dates or aware datetimes."""
    if 'RRULE' not in event:
        starts = [start]
    elif isinstance(start, datetime) and start.tzinfo is not None:
        naive = start.replace(tzinfo=None)
        rule = rrule.rrulestr(event['RRULE'].to_ical().decode(), dtstart=naive)
        starts = [localize(when, start.tzinfo) for when in rule]
    else:
        base = datetime.combine(start, time()) if not isinstance(start, datetime) else start
        rule = rrule.rrulestr(event['RRULE'].to_ical().decode(), dtstart=base)
        starts = [when.date() if not isinstance(start, datetime) else when for when in rule]
    rdates = event.get('RDATE')
    for rdate in (rdates if isinstance(rdates, list) else [rdates] if rdates else []):
        starts += [period.dt for period in rdate.dts]
    return sorted(set(starts), key=lambda s: s if isinstance(s, datetime) else datetime.combine(s, time(), UTC))


def py_alarms(event, start):
    rings = []
    for alarm in event.walk('VALARM'):
        delta = alarm['TRIGGER'].dt
        if isinstance(start, datetime):
            rings.append({'trigger': int(delta.total_seconds()), 'at': (start + delta).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')})
        else:
            rings.append({'trigger': int(delta.total_seconds()), 'at': floating(datetime.combine(start, time()) + delta)})
    return rings


def read_icalendar(text):
    calendar = icalendar.Calendar.from_ical(text)
    events = []
    errors = [f'{component.name}: {error}' for component in calendar.walk() for error in getattr(component, 'errors', [])]
    utc = lambda t: t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')
    moved = {}
    for event in calendar.walk('VEVENT'):
        if 'RECURRENCE-ID' in event:
            span = {'start': utc(event['DTSTART'].dt), 'end': utc(event['DTEND'].dt) if 'DTEND' in event else None}
            moved[(str(event['UID']), utc(event['RECURRENCE-ID'].dt))] = span
    for event in calendar.walk('VEVENT'):
        if 'RECURRENCE-ID' in event:
            continue
        start = event['DTSTART'].dt
        end = event['DTEND'].dt if 'DTEND' in event else None
        length = end - start if end is not None else None
        occurrences = []
        for when in py_starts(event, start):
            if isinstance(when, datetime):
                occurrence = {'start': utc(when), 'end': utc(when + length) if length is not None else None}
                occurrences.append(moved.get((str(event['UID']), occurrence['start']), occurrence))
            else:
                occurrences.append({'start': when.isoformat(), 'end': (when + length).isoformat() if length is not None else None})
        events.append({
            'uid': str(event['UID']),
            'tzid': event['DTSTART'].params.get('TZID'),
            'occurrences': occurrences,
            'alarms': py_alarms(event, start),
        })
    return {'errors': errors, 'events': events}


def read(path):
    with open(path, encoding='utf-8', newline='') as file:
        text = file.read()
    return {'libical': read_libical(text), 'icalendar': read_icalendar(text)}


def main():
    print(json.dumps([read(path) for path in sys.argv[1:]]))


if __name__ == '__main__':
    main()
