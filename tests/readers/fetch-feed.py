#!/usr/bin/python3
"""
A calendar app subscribed to a feed, as far as the tests need one: fetches FEED_URL over HTTP
as calendar apps do, with the validators it kept from its last fetch (If-None-Match,
If-Modified-Since) in STATE_FILE, and reads the feed with python3-icalendar. Prints, as JSON,
the HTTP status, and on a 200 each event (UID, start, status, SEQUENCE) and the refresh interval
the feed asks for. For tests/e2e/published-site.test.ts.
Usage: /usr/bin/python3 tests/readers/fetch-feed.py FEED_URL STATE_FILE
"""
import json
import os
import sys
import urllib.error
import urllib.request

try:
    import icalendar
except ImportError as error:
    print(f'fetch-feed.py needs python3-icalendar ({error}); `npm test` installs it.', file=sys.stderr)
    sys.exit(3)

url, state_file = sys.argv[1], sys.argv[2]
state = json.load(open(state_file)) if os.path.exists(state_file) else {}
request = urllib.request.Request(url, headers={'User-Agent': 'quorum-test-calendar/1'})
if state.get('etag'):
    request.add_header('If-None-Match', state['etag'])
if state.get('last_modified'):
    request.add_header('If-Modified-Since', state['last_modified'])
try:
    response = urllib.request.urlopen(request, timeout=10)
except urllib.error.HTTPError as error:
    if error.code != 304:
        raise
    print(json.dumps({'status': 304}))
    sys.exit(0)

body = response.read()
json.dump({'etag': response.headers.get('ETag'), 'last_modified': response.headers.get('Last-Modified')}, open(state_file, 'w'))
calendar = icalendar.Calendar.from_ical(body)
events = []
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    events.append({
        'uid': str(event.get('UID')),
        'start': start.isoformat(),
        'status': str(event.get('STATUS', '')),
        'sequence': int(event.get('SEQUENCE', 0)),
    })
print(json.dumps({
    'status': response.status,
    'type': response.headers.get('Content-Type'),
    'refresh': str(calendar.get('REFRESH-INTERVAL', '')) and calendar.get('REFRESH-INTERVAL').to_ical().decode(),
    'events': events,
}))
