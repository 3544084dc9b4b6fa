import { buildReminderCalendar, PRODID, reminderFileName, type ReminderCalendarInput } from './ics';
import type { ReadinessEntry } from './entries';

interface Component {
  name: string;
  properties: Array<[string, string]>;
  children: Component[];
}

/** A tiny RFC 5545 reader: checks CRLF and line lengths, unfolds, and nests BEGIN/END blocks. */
function parseCalendar(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const root: Component = { name: 'ROOT', properties: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const current = stack[stack.length - 1]!;
    if (name === 'BEGIN') {
      const child = { name: value, properties: [], children: [] };
      current.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(current.name).toBe(value);
      stack.pop();
    } else {
      current.properties.push([name, value]);
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const prop = (component: Component, name: string) => component.properties.find(([key]) => key === name)?.[1];
const unescape = (value: string | undefined) =>
  (value ?? '').replace(/\\(n|N|\\|;|,)/g, (_, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );

const retinoids: ReadinessEntry = {
  subject: 'Retinoids',
  kind: 'medication',
  advice: 'avoid',
  relation: 'before',
  status: 'ready',
  stopBy: '2026-12-03T10:00',
  reason: 'Retinoids, such as tretinoin; adapalene \\ retinol, make skin reactive.\nAsk first.',
};
const sun: ReadinessEntry = {
  subject: 'Sun exposure',
  kind: 'activity',
  advice: 'avoid',
  relation: 'before',
  status: 'ready',
  stopBy: '2026-12-03T10:00',
};
const unanswered: ReadinessEntry = { ...sun, subject: 'Auto-immune treatments', status: 'unknown' };
const isotretinoin: ReadinessEntry = {
  subject: 'Isotretinoin',
  kind: 'medication',
  advice: 'not-eligible',
  relation: 'before',
  status: 'ready',
};
const afterCare: ReadinessEntry = {
  subject: 'Sun after treatment',
  kind: 'activity',
  advice: 'avoid',
  relation: 'after',
  status: 'ready',
  avoidUntil: '2026-12-18T10:00',
};

const input: ReminderCalendarInput = {
  treatmentName: 'Microneedling',
  items: [retinoids, sun, unanswered, isotretinoin, afterCare],
  timeZone: 'Europe/Berlin',
  appointmentAt: '2026-12-04T10:00',
  now: '2026-11-30T12:00:00.000Z',
};

describe('buildReminderCalendar', () => {
  const calendar = parseCalendar(buildReminderCalendar(input));
  const events = calendar.children.filter((child) => child.name === 'VEVENT');

  it('is a VCALENDAR with a version and a PRODID', () => {
    expect(calendar.name).toBe('VCALENDAR');
    expect(prop(calendar, 'VERSION')).toBe('2.0');
    expect(prop(calendar, 'PRODID')).toBe(PRODID);
  });

  it('has one event per ready stop-by time and one for the appointment', () => {
    expect(events.map((event) => unescape(prop(event, 'SUMMARY')))).toEqual([
      'Stop Retinoids before your Microneedling appointment',
      'Avoid Sun exposure until your Microneedling appointment',
      'Microneedling appointment',
    ]);
  });

  it('writes the engine’s wall-clock times in UTC', () => {
    expect(events.map((event) => prop(event, 'DTSTART'))).toEqual([
      '20261203T090000Z',
      '20261203T090000Z',
      '20261204T090000Z',
    ]);
  });

  it('gives each event a UID, a DTSTAMP and a display alarm', () => {
    const uids = events.map((event) => prop(event, 'UID'));
    expect(new Set(uids).size).toBe(3);
    for (const event of events) {
      expect(prop(event, 'UID')).toMatch(/@skinfacts$/);
      expect(prop(event, 'DTSTAMP')).toBe('20261130T120000Z');
      const alarm = event.children.find((child) => child.name === 'VALARM');
      expect(alarm && prop(alarm, 'ACTION')).toBe('DISPLAY');
      expect(alarm && prop(alarm, 'TRIGGER')).toMatch(/^-PT\d+H$/);
      expect(alarm && prop(alarm, 'DESCRIPTION')).toBeTruthy();
    }
    expect(events[0]!.children[0] && prop(events[0]!.children[0], 'TRIGGER')).toBe('-PT12H');
  });

  it('escapes and folds the description, which reads back exactly', () => {
    const description = unescape(prop(events[0]!, 'DESCRIPTION'));
    expect(description).toBe(
      "Don't take it after Thursday 3 Dec, 10:00.\n" +
        `Why: ${retinoids.reason}\n` +
        'Times are in Europe/Berlin.',
    );
  });

  it('lists after-care in the appointment’s description', () => {
    expect(unescape(prop(events[2]!, 'DESCRIPTION'))).toContain(
      'After-care, Sun after treatment: Avoid until Friday 18 Dec, 10:00.',
    );
  });

  it('leaves out stop-by times that have already passed', () => {
    const later = parseCalendar(buildReminderCalendar({ ...input, now: '2026-12-03T09:30:00Z' }));
    expect(later.children.map((event) => unescape(prop(event, 'SUMMARY')))).toEqual([
      'Microneedling appointment',
    ]);
  });

  it('converts across a summer-time change: 24 hours before 28 Mar 12:00 in Berlin', () => {
    const text = buildReminderCalendar({
      ...input,
      items: [{ ...retinoids, stopBy: '2027-03-27T11:00' }],
      appointmentAt: '2027-03-28T12:00',
    });
    const starts = parseCalendar(text).children.map((event) => prop(event, 'DTSTART'));
    // 11:00 CET is 10:00Z; 12:00 CEST is also 10:00Z: exactly 24 hours apart.
    expect(starts).toEqual(['20270327T100000Z', '20270328T100000Z']);
  });

  it('converts across the autumn change too', () => {
    const text = buildReminderCalendar({
      ...input,
      items: [{ ...retinoids, stopBy: '2027-10-30T13:00' }],
      appointmentAt: '2027-10-31T12:00',
    });
    const starts = parseCalendar(text).children.map((event) => prop(event, 'DTSTART'));
    expect(starts).toEqual(['20271030T110000Z', '20271031T110000Z']);
  });

  it('uses CRLF and folds long lines at 75 octets', () => {
    const text = buildReminderCalendar(input);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text).toMatch(/\r\n [^\r\n]/);
  });
});

describe('reminderFileName', () => {
  it('names the file after the treatment', () => {
    expect(reminderFileName('Microneedling')).toBe('microneedling-reminders.ics');
    expect(reminderFileName('Chemical Peel (TCA)')).toBe('chemical-peel-tca-reminders.ics');
    expect(reminderFileName('!!!')).toBe('appointment-reminders.ics');
  });
});
