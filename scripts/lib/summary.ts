import type { EnvValues } from './dotenv';

export interface SummaryInput {
  mode: 'production' | 'development';
  cmsPort: number;
  webPort: number;
  cmsEnv: EnvValues;
  readyAfterMs: number;
  /** Lines about what runs behind the two addresses (the cluster's instances). */
  topology?: string[];
}

/** Draw `lines` in a box. Pure, so it is easy to test and to reuse. */
export function drawBox(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const border = '─'.repeat(width + 2);
  const body = lines.map((line) => `│ ${line.padEnd(width)} │`);
  return [`┌${border}┐`, ...body, `└${border}┘`].join('\n');
}

export function summaryLines(input: SummaryInput): string[] {
  const cms = `http://localhost:${input.cmsPort}`;
  const site = `http://localhost:${input.webPort}`;
  const value = (key: string): string => input.cmsEnv[key] ?? '(not set in cms/.env)';
  return [
    `Skinfacts is running (${input.mode}), ready after ${(input.readyAfterMs / 1000).toFixed(1)} s`,
    '',
    `Site           ${site}`,
    `Moderation     ${site}/moderation`,
    `CMS admin      ${cms}/admin`,
    `CMS API        ${cms}/api`,
    '',
    `Demo admin     ${value('SEED_ADMIN_EMAIL')}  /  ${value('SEED_ADMIN_PASSWORD')}`,
    `Demo editor    ${value('SEED_EDITOR_EMAIL')}  /  ${value('SEED_EDITOR_PASSWORD')}`,
    `Demo moderator ${value('SEED_MODERATOR_EMAIL')}  /  ${value('SEED_MODERATOR_PASSWORD')}`,
    '(passwords live in cms/.env)',
    input.cmsEnv.SMTP_HOST
      ? `Mail           sent through ${input.cmsEnv.SMTP_HOST} (failures: CMS admin → Outbox message)`
      : 'Mail           not sent (no SMTP_HOST): written to the CMS log, and readable in CMS admin → Outbox message',
    '',
    ...(input.topology ? [...input.topology, '', 'Ctrl-C stops everything.'] : ['Ctrl-C stops both.']),
  ];
}
