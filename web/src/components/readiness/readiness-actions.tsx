'use client';

import { useState } from 'react';
import type { ReadinessEntry } from '@/lib/readiness/entries';
import { buildReminderCalendar, reminderFileName } from '@/lib/readiness/ics';
import type { CheckedAnswers } from '@/lib/readiness/check';
import { downloadTextFile } from './download-file';
import styles from './readiness-results.module.css';

interface ReadinessActionsProps {
  treatmentName: string;
  items: readonly ReadinessEntry[];
  answers: CheckedAnswers;
}

/** "Print checklist" and "Add reminders" (a calendar file made in the browser). */
export function ReadinessActions({ treatmentName, items, answers }: ReadinessActionsProps) {
  const [downloadFailed, setDownloadFailed] = useState(false);

  function addReminders() {
    const calendar = buildReminderCalendar({
      treatmentName,
      items,
      timeZone: answers.timeZone,
      appointmentAt: answers.appointmentAt,
      now: new Date().toISOString(),
    });
    const saved = downloadTextFile(calendar, reminderFileName(treatmentName), 'text/calendar;charset=utf-8');
    setDownloadFailed(!saved);
  }

  return (
    <div className={styles.actions}>
      <div className={styles.buttons}>
        <button type="button" className={styles.button} onClick={() => window.print()}>
          Print checklist
        </button>
        <button type="button" className={styles.button} onClick={addReminders}>
          Add reminders
        </button>
      </div>
      <p className={styles.note}>
        “Add reminders” saves a calendar file (.ics) with a reminder before each “stop by” time and before
        your appointment. It is made in your browser, too.
      </p>
      {downloadFailed && (
        <p className={styles.note} role="alert">
          Your browser could not save the calendar file. Printing the checklist works too.
        </p>
      )}
    </div>
  );
}
