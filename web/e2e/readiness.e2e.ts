/**
 * The readiness checker on the microneedling page, in a browser set to Europe/Berlin: verdicts, the
 * calendar file, an error tied to its field, and a keyboard-only pass. Nothing entered may leave the page.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import {
  MONTHS,
  addDays,
  addMonths,
  icsUtc,
  instantOf,
  isoDate,
  nextFriday,
  pad,
  todayIn,
  type Day,
} from './helpers/calendar-days';
import { stack } from './helpers/stack';

const TIME_ZONE = 'Europe/Berlin';
const TREATMENT_PATH = '/treatments/microneedling';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  context = await browser.newContext({ timezoneId: TIME_ZONE, locale: 'en-GB' });
});
afterEach(() => context.close());

// ---------- Page helpers ----------

type CheckerPage = { page: Page; checker: Locator; problems: string[]; sentData: string[] };

/** The treatment page in the Berlin context, watched for errors and for requests made after it loaded. */
async function openChecker(): Promise<CheckerPage> {
  const { page, problems } = await openWatchedPage(context);
  const response = await page.goto(`${stack.webUrl}${TREATMENT_PATH}`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  const sentData: string[] = [];
  page.on('request', (request) => sentData.push(`${request.url()} ${request.postData() ?? ''}`));
  const checker = page.locator('#readiness');
  // The check button is enabled once the checker has hydrated; answers typed before that would be lost.
  await page.waitForFunction(() => {
    const button = document.querySelector('#readiness button[type="submit"]');
    return button instanceof HTMLButtonElement && !button.disabled;
  });
  return { page, checker, problems, sentData };
}

const group = (checker: Locator, subject: string) =>
  checker.getByRole('group', { name: subject, exact: true });

async function answerNever(checker: Locator, subject: string) {
  await group(checker, subject).getByRole('radio', { name: 'Never' }).check();
}

async function answerLast(checker: Locator, subject: string, day: Day, time: string) {
  await group(checker, subject).getByLabel(`${subject}: Date`, { exact: true }).fill(isoDate(day));
  await group(checker, subject).getByLabel(`${subject}: Time`, { exact: true }).fill(time);
}

function resultFor(checker: Locator, subject: string): Locator {
  return checker
    .locator('[aria-live="polite"] li')
    .filter({ has: checker.page().getByText(subject, { exact: true }) });
}

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');

/** Unfolded content lines of an .ics file, after checking CRLF line ends and the 75-octet limit. */
function contentLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  return ics
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
}

// ---------- Tests ----------

describe('the readiness checker on /treatments/microneedling', () => {
  const today = todayIn(TIME_ZONE);
  const friday = nextFriday(today);
  const thursday = addDays(friday, -1);
  const yesterday = addDays(today, -1);
  const isotretinoinLastTaken = addMonths(today, -3);
  const eligibleFrom = addMonths(isotretinoinLastTaken, 6);

  it('gives a verdict per precaution and a calendar file, sending nothing anywhere', async () => {
    const { page, checker, problems, sentData } = await openChecker();
    await expect(text(checker)).resolves.toContain('Nothing you enter leaves your browser.');

    await checker.getByLabel('Appointment date', { exact: true }).fill(isoDate(friday));
    await checker.getByLabel('Appointment time', { exact: true }).fill('10:00');
    await answerLast(checker, 'Retinoids', yesterday, '09:00');
    await answerLast(checker, 'Isotretinoin', isotretinoinLastTaken, '09:00');
    for (const subject of ['Auto-immune treatments', 'Sun exposure']) await answerNever(checker, subject);
    await checker.getByRole('button', { name: 'Check my readiness' }).click();

    const live = checker.locator('[aria-live="polite"]');
    await live.getByText('Not ready yet').waitFor();

    const thursdayYear = thursday.year === friday.year ? '' : ` ${thursday.year}`;
    const retinoids = await text(resultFor(checker, 'Retinoids'));
    expect(retinoids).toContain('Ready');
    expect(retinoids).toContain(
      `Don't take it after Thursday ${thursday.day} ${MONTHS[thursday.month - 1]}${thursdayYear}, 10:00.`,
    );
    expect(retinoids).toMatch(/Why: \S/);

    const isotretinoin = await text(resultFor(checker, 'Isotretinoin'));
    expect(isotretinoin).toContain(
      `Not eligible until ${eligibleFrom.day} ${MONTHS[eligibleFrom.month - 1]} ${eligibleFrom.year}, 09:00.`,
    );
    for (const subject of ['Auto-immune treatments', 'Sun exposure']) {
      expect(await text(resultFor(checker, subject))).toMatch(/Ready.*after Thursday .*10:00\./);
    }
    await expect(text(live)).resolves.toContain(`Times are in your time zone, ${TIME_ZONE}.`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      checker.getByRole('button', { name: 'Add reminders' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('microneedling-reminders.ics');
    const path = await download.path();
    expect(path).toBeTruthy();
    const lines = contentLines(await readFile(path, 'utf8'));
    const count = (line: string) => lines.filter((candidate) => candidate === line).length;
    expect(count('BEGIN:VCALENDAR')).toBe(1);
    expect(count('END:VCALENDAR')).toBe(1);
    expect(lines).toContain('VERSION:2.0');
    const summaries = lines.filter((line) => line.startsWith('SUMMARY:'));
    expect(summaries).toContain('SUMMARY:Stop Retinoids before your Microneedling appointment');
    expect(summaries).toContain('SUMMARY:Microneedling appointment');
    expect(summaries.join('\n')).not.toMatch(/Isotretinoin/);
    // Three stop-by reminders (Retinoids, auto-immune treatments, sun exposure) and the appointment.
    expect(count('BEGIN:VEVENT')).toBe(4);
    expect(count('BEGIN:VALARM')).toBe(count('BEGIN:VEVENT'));
    expect(
      lines.filter((line) => line.startsWith('TRIGGER:')).every((line) => /^TRIGGER:-PT\d+H$/.test(line)),
    ).toBe(true);
    expect(lines).toContain(`DTSTART:${icsUtc(instantOf(friday, 10, TIME_ZONE))}`);
    expect(lines).toContain(`DTSTART:${icsUtc(instantOf(thursday, 10, TIME_ZONE))}`);

    const entered = [isoDate(friday), isoDate(yesterday), isoDate(isotretinoinLastTaken)];
    expect(sentData.filter((request) => entered.some((value) => request.includes(value)))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('ties an appointment in the past to its field and moves focus there', async () => {
    const { checker, problems } = await openChecker();
    const date = checker.getByLabel('Appointment date', { exact: true });
    await date.fill(isoDate(yesterday));
    await checker.getByLabel('Appointment time', { exact: true }).fill('10:00');
    await checker.getByRole('button', { name: 'Check my readiness' }).click();

    await checker.getByText('The appointment date must be in the future.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await date.getAttribute('aria-describedby')) ?? '';
    expect(await text(checker.page().locator(`[id="${describedBy}"]`))).toContain(
      'The appointment date must be in the future.',
    );
    expect(await date.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('works with the keyboard alone', async () => {
    const order = await dateFieldOrder();
    const { page, checker, problems } = await openChecker();

    await tabTo(page, (el) => el.label === 'Appointment date', 'the appointment date');
    await typeDate(page, friday, order);
    expect(await checker.getByLabel('Appointment date', { exact: true }).inputValue()).toBe(isoDate(friday));
    await tabTo(page, (el) => el.label === 'Appointment time', 'the appointment time');
    // 10:00: the "A" picks AM where the time field has one and is ignored where it does not.
    await page.keyboard.type('1000A');
    expect(await checker.getByLabel('Appointment time', { exact: true }).inputValue()).toBe('10:00');

    for (const subject of ['Retinoids', 'Auto-immune treatments', 'Sun exposure', 'Isotretinoin']) {
      await tabTo(
        page,
        (el) => el.type === 'radio' && el.legend === subject,
        `the first choice for ${subject}`,
      );
      await page.keyboard.press('Space');
      expect(await group(checker, subject).getByRole('radio', { name: 'Never' }).isChecked()).toBe(true);
    }
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');

    await tabTo(page, (el) => el.text === 'Check my readiness', 'the check button');
    await page.keyboard.press('Enter');
    await checker.locator('[aria-live="polite"]').getByText('You look ready').waitFor();

    await tabTo(page, (el) => el.text === 'Add reminders', 'the reminders button');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('microneedling-reminders.ics');
    expect(problems).toEqual([]);
  });
});

// ---------- Keyboard helpers ----------

type Focused = { tag: string; type: string; label: string; legend: string; text: string };

/** Presses Tab until the focused element matches (Chromium also tabs between a date field's parts). */
async function tabTo(page: Page, matches: (focused: Focused) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 200; presses += 1) {
    const focused = await page.evaluate((): Focused => {
      const element = document.activeElement as HTMLInputElement | null;
      const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
      const label = element?.labels?.[0];
      const hidden = label?.querySelector('.visually-hidden')?.textContent ?? '';
      return {
        tag: element?.tagName ?? '',
        type: element?.getAttribute('type') ?? '',
        label: clean(label?.textContent?.replace(hidden, '')),
        legend: clean(element?.closest('fieldset')?.querySelector('legend')?.textContent),
        text: clean(element?.tagName === 'BUTTON' ? element.textContent : ''),
      };
    });
    if (matches(focused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** The order Chromium's date field takes typed parts in depends on its locale: find out on a scratch page. */
async function dateFieldOrder(): Promise<DateOrder> {
  const scratch = await context.newPage();
  await scratch.setContent('<input type="date" id="probe">');
  await scratch.focus('#probe');
  await scratch.keyboard.type('01022003');
  const value = await scratch.inputValue('#probe');
  await scratch.close();
  if (value === '2003-02-01') return 'dmy';
  if (value === '2003-01-02') return 'mdy';
  return 'ymd';
}

/** Types a date into the focused date field, part by part, in the field's own order. */
async function typeDate(page: Page, day: Day, order: DateOrder): Promise<void> {
  const [y, m, d] = [String(day.year), pad(day.month), pad(day.day)];
  if (order === 'dmy') return page.keyboard.type(`${d}${m}${y}`);
  if (order === 'mdy') return page.keyboard.type(`${m}${d}${y}`);
  // A year-first field takes up to six year digits: move on to the month with the right arrow.
  await page.keyboard.type(y);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(`${m}${d}`);
}
