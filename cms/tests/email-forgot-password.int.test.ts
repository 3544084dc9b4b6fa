import { z } from 'zod';
import { startSmtpPeer } from './helpers/smtp-peer';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { bodyOf, containing, errorOf } from './helpers/responses';

const jwtAnswer = z.object({ jwt: z.string() });

// Security #10: forgot-password answered 500 for a real account (sendmail's MX lookups) and 200 for an unknown one.
const SITE = 'http://localhost:4020';
const MODERATOR = {
  SEED_MODERATOR_EMAIL: 'moderator@mail.test',
  SEED_MODERATOR_PASSWORD: 'Mod3ratorPassword',
};
const SETTINGS = {
  ...MODERATOR,
  WEB_PUBLIC_URL: SITE,
  EMAIL_FROM: 'Skinfacts Test <mail@skinfacts.test>',
  EMAIL_REPLY_TO: 'help@skinfacts.test',
};

let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let app: TestStrapi;

beforeAll(async () => {
  smtp = await startSmtpPeer();
});
afterAll(async () => {
  await smtp.stop();
  for (const key of [...Object.keys(SETTINGS), 'SMTP_HOST', 'SMTP_PORT']) delete process.env[key];
});

const forgotPassword = (email: string) => app.http().post('/api/auth/forgot-password').send({ email });

describe('with an SMTP server', () => {
  beforeAll(async () => {
    app = await startTestStrapi({ ...SETTINGS, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
  });
  afterAll(() => app.stop());

  it('answers a known account before the mail is accepted, then mails a reset link to the site', async () => {
    smtp.hold();
    const response = await forgotPassword(MODERATOR.SEED_MODERATOR_EMAIL).expect(200);
    expect(response.body).toEqual({ ok: true });
    // The SMTP server has not accepted the mail yet: the answer did not wait for it.
    expect(smtp.mails).toHaveLength(0);
    smtp.release();

    const [mail] = await smtp.waitForMails(1);
    expect(mail?.to).toMatchObject({ text: MODERATOR.SEED_MODERATOR_EMAIL });
    expect(mail?.from).toMatchObject({ value: [{ name: 'Skinfacts Test', address: 'mail@skinfacts.test' }] });
    expect(mail?.replyTo?.text).toBe('help@skinfacts.test');
    expect(mail?.text).toMatch(new RegExp(`${SITE}/moderation/reset-password\\?code=[0-9a-f]{128}`));

    const user: unknown = await app.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email: MODERATOR.SEED_MODERATOR_EMAIL } });
    const { resetPasswordToken } = z.object({ resetPasswordToken: z.string() }).parse(user);
    expect(mail?.text).toContain(`code=${resetPasswordToken}`);
  });

  it('answers an unknown account exactly the same way and mails nobody', async () => {
    smtp.mails.length = 0;
    const unknown = await forgotPassword('nobody@mail.test').expect(200);
    const known = await forgotPassword(MODERATOR.SEED_MODERATOR_EMAIL).expect(200);
    expect(unknown.body).toEqual(known.body);
    expect(unknown.headers['content-length']).toBe(known.headers['content-length']);

    // The unknown address's lookup started first and does less; by the time the known one's mail is in, it is done.
    const mails = await smtp.waitForMails(1);
    expect(mails.map((mail) => mail.to)).toEqual([containing({ text: MODERATOR.SEED_MODERATOR_EMAIL })]);
  });

  it('takes the mailed code once: the new password works and every earlier login has ended', async () => {
    const logIn = (password: string) =>
      app.http().post('/api/auth/local').send({ identifier: MODERATOR.SEED_MODERATOR_EMAIL, password });
    const earlier = bodyOf(await logIn(MODERATOR.SEED_MODERATOR_PASSWORD).expect(200), jwtAnswer).jwt;
    await app.http().get('/api/moderation/me').auth(earlier, { type: 'bearer' }).expect(200);

    smtp.mails.length = 0;
    await forgotPassword(MODERATOR.SEED_MODERATOR_EMAIL).expect(200);
    const [mail] = await smtp.waitForMails(1);
    const code = /code=([0-9a-f]+)/.exec(mail?.text ?? '')?.[1];
    const reset = {
      code,
      password: 'a brand new passphrase',
      passwordConfirmation: 'a brand new passphrase',
    };
    await app.http().post('/api/auth/reset-password').send(reset).expect(200);

    await app.http().get('/api/moderation/me').auth(earlier, { type: 'bearer' }).expect(401);
    await logIn(MODERATOR.SEED_MODERATOR_PASSWORD).expect(400);
    await logIn('a brand new passphrase').expect(200);
    const again = await app.http().post('/api/auth/reset-password').send(reset).expect(400);
    expect(errorOf(again).message).toBe('Incorrect code provided');
  });

  it('answers 400 saying what to send for a body that is not an address', async () => {
    const response = await forgotPassword('not-an-address').expect(400);
    expect(errorOf(response).message).toContain('"email"');
    await app.http().post('/api/auth/forgot-password').send({ email: 'a@b.test', extra: 1 }).expect(400);
  });
});

describe('without SMTP_HOST', () => {
  beforeAll(async () => {
    app = await startTestStrapi(SETTINGS);
  });
  afterAll(() => app.stop());

  it('sends nothing over the network and writes the mail to the log', async () => {
    const logged: string[] = [];
    const info = jest.spyOn(app.strapi.log, 'info').mockImplementation((message: unknown) => {
      logged.push(String(message));
      return app.strapi.log;
    });
    const connectionsBefore = smtp.connections();

    await forgotPassword(MODERATOR.SEED_MODERATOR_EMAIL).expect(200, { ok: true });
    for (let attempt = 0; attempt < 200 && logged.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    info.mockRestore();

    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`to: ${MODERATOR.SEED_MODERATOR_EMAIL}`);
    expect(logged[0]).toMatch(new RegExp(`${SITE}/moderation/reset-password\\?code=[0-9a-f]{128}`));
    expect(smtp.connections()).toBe(connectionsBefore);
  });
});
