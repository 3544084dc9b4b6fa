import type { CommentService } from '../../src/api/comment/services/comment';
import { formToken, newVisitor } from '../helpers/comment-posting';
import { createFixtures } from '../helpers/fixtures';
import { mailEnv, mailsSettled } from '../helpers/mail-world';
import { createUser } from '../helpers/moderation-world';
import { startSmtpPeer } from '../helpers/smtp-peer';
import { startTestStrapi } from '../helpers/strapi';

/**
 * `npm run bench:mail`: figures, no assertions. 1,000 comments are held as a burst (4 in flight), each mailed to
 * one moderator through the outbox and a real SMTP server on loopback. For each: the time from the comment's
 * `createdAt` (held) to the SMTP server accepting its mail. The comments go through the comment service's
 * submit() — every defence and the transaction that queues the mail, as POST /api/comments runs them — but not
 * through HTTP: the figure is about the mail, and supertest's per-request cost only slowed the burst down.
 */
const COUNT = Number(process.env.BENCH_HELD_COMMENTS ?? 1000);
const IN_FLIGHT = 4;

/** Nearest-rank percentile (50: the median). */
function percentile(values: number[], percent: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

it(`held → accepted by SMTP for ${COUNT} held comments`, async () => {
  const smtp = await startSmtpPeer();
  const app = await startTestStrapi(mailEnv(smtp.port, { OUTBOX_POLL_INTERVAL_MS: '1000' }));
  try {
    const fixtures = await createFixtures(app.strapi);
    await createUser(app, 'moderator', 'bench-mod');
    await mailsSettled(app);
    smtp.mails.length = 0;
    const article = fixtures.articles.open.documentId;

    const comments = app.strapi.service('api::comment.comment') as CommentService;
    const started = Date.now();
    let next = 0;
    const posted: string[] = [];
    const worker = async () => {
      for (let index = next++; index < COUNT; index = next++) {
        const visitor = newVisitor();
        const comment = await comments.submit(
          {
            article,
            authorName: 'Ada Visitor',
            authorEmail: visitor.email,
            body: `Held comment ${index}: how long is the redness?`,
            formToken: formToken(article),
          },
          { ip: visitor.ip, userAgent: 'bench' },
        );
        if (comment.moderationStatus !== 'pending') throw new Error(`comment ${index} was not held`);
        posted.push(comment.documentId);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const postedMs = Date.now() - started;
    await smtp.waitForMails(COUNT).catch(() => undefined);
    await mailsSettled(app, 300_000);

    const rows: unknown[] = await app.strapi.db.query('api::comment.comment').findMany({
      where: { documentId: { $in: posted } },
      select: ['documentId', 'createdAt'],
    });
    const heldAt = new Map(
      rows.map((row) => {
        const { documentId, createdAt } = row as { documentId: string; createdAt: string | Date };
        return [documentId, new Date(createdAt).getTime()] as const;
      }),
    );
    const latencies: number[] = [];
    const acceptedTimes: number[] = [];
    for (const mail of smtp.mails) {
      const id = /moderation\?comment=(\w+)/.exec(mail.text ?? '')?.[1];
      const held = id ? heldAt.get(id) : undefined;
      const accepted = smtp.acceptedAt.get(mail.messageId ?? '');
      if (held !== undefined && accepted !== undefined) {
        latencies.push(accepted - held);
        acceptedTimes.push(accepted);
      }
    }
    const messageIds = smtp.mails.map((mail) => mail.messageId);
    const twice = messageIds.length - new Set(messageIds).size;
    const firstHeld = Math.min(...heldAt.values());
    const spanS = (Math.max(...acceptedTimes) - firstHeld) / 1000;
    const database = process.env.DATABASE_CLIENT ?? 'sqlite';
    console.log(
      [
        `held comments: ${COUNT} (${database}), held in ${(postedMs / 1000).toFixed(1)} s, mails accepted: ${latencies.length}`,
        `held → accepted by SMTP: median ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
        `throughput: ${(latencies.length / spanS).toFixed(1)} mails/s (first held → last accepted: ${spanS.toFixed(1)} s)`,
        `sent twice (same Message-ID): ${twice}; outbox concurrency: ${process.env.OUTBOX_CONCURRENCY ?? 8}`,
      ].join('\n'),
    );
  } finally {
    await app.stop();
    await smtp.stop();
  }
});
