import { scheduleProblems } from './schedule';

const now = new Date('2026-12-05T10:00:00.000Z');
const later = '2026-12-05T10:05:00.000Z';
const earlier = '2026-12-05T09:55:00.000Z';

describe('scheduleProblems', () => {
  it('accepts future times, empty fields and writes that leave the schedule alone', () => {
    expect(scheduleProblems({ publishAt: later }, {}, now)).toEqual([]);
    expect(scheduleProblems({ publishAt: null, unpublishAt: '' }, {}, now)).toEqual([]);
    expect(scheduleProblems({ title: 'x' }, { publishAt: earlier }, now)).toEqual([]);
    expect(scheduleProblems({ publishAt: later, unpublishAt: '2026-12-06T00:00:00Z' }, {}, now)).toEqual([]);
  });

  it('refuses a time in the past with a clear message, but not the stored one sent back unchanged', () => {
    expect(scheduleProblems({ publishAt: earlier }, {}, now)).toEqual([
      {
        path: ['publishAt'],
        message: 'Publish at must be in the future: 2026-12-05T09:55:00.000Z has already passed.',
      },
    ]);
    expect(scheduleProblems({ unpublishAt: now.toISOString() }, {}, now)[0]?.path).toEqual(['unpublishAt']);
    expect(scheduleProblems({ publishAt: earlier }, { publishAt: new Date(earlier) }, now)).toEqual([]);
  });

  it('refuses an unpublish time that is not after the publish time, also against the stored one', () => {
    const message = 'Unpublish at must be later than Publish at.';
    expect(scheduleProblems({ publishAt: later, unpublishAt: later }, {}, now)).toEqual([
      { path: ['unpublishAt'], message },
    ]);
    expect(
      scheduleProblems({ unpublishAt: '2026-12-05T10:01:00Z' }, { publishAt: '2026-12-05T10:02:00Z' }, now),
    ).toEqual([{ path: ['unpublishAt'], message }]);
  });

  it('refuses what is not a date', () => {
    expect(scheduleProblems({ publishAt: 'soon' }, {}, now)).toEqual([
      { path: ['publishAt'], message: 'Publish at is not a date and time.' },
    ]);
    expect(scheduleProblems({ publishAt: { at: 1 } }, {}, now)).toHaveLength(1);
  });
});
