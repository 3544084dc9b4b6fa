import type { EmailLinkAction } from '@skinfacts/shared/site-routes';
import { EmailLinkActionButton } from './email-link-action';

type Texts = { title: string; explain: string; button: string; done: string };

const TEXTS: Record<EmailLinkAction, Texts> = {
  confirm: {
    title: 'Confirm your email address',
    explain:
      'You asked to be emailed when your comment is published and when someone replies. Confirm that this is your address, and we will.',
    button: 'Yes, email me about my comments',
    done: 'Thank you — your address is confirmed. We will email you when your comment is published and when someone replies.',
  },
  unsubscribe: {
    title: 'Stop emails from Skinfacts',
    explain: 'Press the button and we send no more emails to this address about comments.',
    button: 'Stop these emails',
    done: 'Done — you will get no more of these emails.',
  },
};

/** The page a mail's link opens: `token` is null when the link's token is not of the signed shape. */
export function EmailLinkPage({ action, token }: { action: EmailLinkAction; token: string | null }) {
  const texts = TEXTS[action];
  return (
    <section aria-labelledby="email-link-title">
      <h1 id="email-link-title">{texts.title}</h1>
      {token ? (
        <>
          <p>{texts.explain}</p>
          <EmailLinkActionButton action={action} token={token} button={texts.button} done={texts.done} />
        </>
      ) : (
        <p role="alert">This link is not complete. Open it from the email again, exactly as it came.</p>
      )}
    </section>
  );
}
