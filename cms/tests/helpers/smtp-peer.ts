import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback that keeps what it receives. While `hold()` is on, it reads each message but
 * does not accept it (no 250 reply) until `release()`: a test can see what happened before a mail was accepted.
 * `hold('connect')` holds back the greeting instead, so no message is even sent until `release()`.
 * `port` restarts a server where an earlier one listened (a mail server that was down and is back).
 */
export async function startSmtpPeer(port = 0) {
  const mails: ParsedMail[] = [];
  /** When each mail was accepted (Date.now()), by its Message-ID. */
  const acceptedAt = new Map<string, number>();
  let connections = 0;
  let gate: Promise<void> = Promise.resolve();
  let connectGate: Promise<void> = Promise.resolve();
  let open: () => void = () => undefined;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      void connectGate.then(() => callback());
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          await gate;
          mails.push(mail);
          acceptedAt.set(mail.messageId ?? '', Date.now());
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;

  return {
    port: bound,
    mails,
    acceptedAt,
    connections: () => connections,
    hold(stage: 'data' | 'connect' = 'data') {
      const held = new Promise<void>((resolve) => {
        open = resolve;
      });
      if (stage === 'data') gate = held;
      else connectGate = held;
    },
    release: () => open(),
    async waitForMails(count: number) {
      for (let attempt = 0; attempt < 200 && mails.length < count; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (mails.length < count)
        throw new Error(`expected ${count} mail(s), the SMTP server got ${mails.length}`);
      return mails;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
