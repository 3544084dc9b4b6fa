/** Drives the readiness checker in jsdom the way a visitor would: by label, role and button. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Precaution } from '@skinfacts/shared';
import { PRECAUTIONS } from '@skinfacts/shared/testing/precautions';
import { ReadinessChecker } from '@/components/readiness/readiness-checker';

export function renderChecker(precautions: readonly Precaution[] = PRECAUTIONS) {
  return render(<ReadinessChecker treatmentName="Microneedling" precautions={precautions} />);
}

export function setAppointment(date: string, time: string) {
  fireEvent.change(screen.getByLabelText('Appointment date'), { target: { value: date } });
  fireEvent.change(screen.getByLabelText('Appointment time'), { target: { value: time } });
}

export function answerNever(subject: string) {
  fireEvent.click(within(screen.getByRole('group', { name: subject })).getByLabelText('Never'));
}

export function answerLast(subject: string, date: string, time: string) {
  const group = within(screen.getByRole('group', { name: subject }));
  fireEvent.change(group.getByLabelText(`${subject}: Date`), { target: { value: date } });
  fireEvent.change(group.getByLabelText(`${subject}: Time`), { target: { value: time } });
}

/** jsdom's Blob has no text(); FileReader reads it. */
export function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the blob could not be read'));
    reader.readAsText(blob);
  });
}

export const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check my readiness' }));
export const results = () =>
  within(screen.getByText(/Your checklist for Microneedling/).parentElement as HTMLElement);
export const resultFor = (subject: string) =>
  within(results().getByText(subject, { selector: 'strong' }).closest('li') as HTMLElement);
