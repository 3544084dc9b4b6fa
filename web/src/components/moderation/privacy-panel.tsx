'use client';
import { useState, type FormEvent } from 'react';
import { erasePersonalData, exportPersonalData } from './queue-api';
import styles from './moderation.module.css';

type Mode = 'anonymise' | 'delete';
type Outcome = { kind: 'export'; json: string } | { kind: 'erase'; counts: Record<string, number> };

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, count]) => `${name}: ${count}`)
    .join(', ');

/**
 * Data-subject requests: export everything stored about an email address as JSON, or erase it (comments kept
 * as "Anonymous" or deleted). The CMS logs both in its privacy audit log.
 */
export function PrivacyPanel() {
  const [email, setEmail] = useState('');
  const [mode, setMode] = useState<Mode>('anonymise');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run(work: () => Promise<Outcome>) {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await work());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The request failed.');
    } finally {
      setBusy(false);
    }
  }

  const doExport = () =>
    run(async () => ({ kind: 'export', json: JSON.stringify(await exportPersonalData(email), null, 2) }));

  function doErase(event: FormEvent) {
    event.preventDefault();
    if (!confirmed) return setError('Tick the box to confirm the erasure: it cannot be undone.');
    void run(async () => ({ kind: 'erase', counts: (await erasePersonalData(email, mode)).counts }));
  }

  return (
    <section aria-labelledby="privacy-heading" className={styles.privacy}>
      <h2 id="privacy-heading">Privacy requests</h2>
      <form onSubmit={doErase} noValidate className={styles.login}>
        <label htmlFor="privacy-email">Email address</label>
        <input
          id="privacy-email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="button" onClick={() => void doExport()} disabled={busy}>
          Export data as JSON
        </button>
        <fieldset>
          <legend>Erase: what happens to their comments</legend>
          <label>
            <input type="radio" checked={mode === 'anonymise'} onChange={() => setMode('anonymise')} /> Keep
            the text, signed “Anonymous”
          </label>
          <label>
            <input type="radio" checked={mode === 'delete'} onChange={() => setMode('delete')} /> Delete them
          </label>
        </fieldset>
        <label>
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
          />{' '}
          I confirm the erasure; it cannot be undone
        </label>
        <button type="submit" disabled={busy}>
          Erase data
        </button>
      </form>
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      {outcome?.kind === 'erase' ? <p role="status">Erased ({describeCounts(outcome.counts)}).</p> : null}
      {outcome?.kind === 'export' ? (
        <>
          <p role="status">
            Export ready.{' '}
            <a
              href={`data:application/json;charset=utf-8,${encodeURIComponent(outcome.json)}`}
              download="skinfacts-personal-data.json"
            >
              Download JSON
            </a>
          </p>
          <pre className={styles.export} data-testid="privacy-export">
            {outcome.json}
          </pre>
        </>
      ) : null}
    </section>
  );
}
