import { escapeHtml, excerpt, renderMail } from './layout';
import { heldCommentMail } from './moderator-mails';
import { replyMail } from './commenter-mails';

describe('mail templates', () => {
  it('escape user content in the HTML part and keep it as typed in the text part', () => {
    const mail = heldCommentMail(
      {
        articleTitle: 'A & B',
        authorName: '<img src=x onerror=alert(1)>',
        body: '"quoted" <b>bold</b>',
        reason: 'new comments wait for a moderator',
        moderationUrl: 'https://site.test/moderation?comment=abc&x="y"',
      },
      'https://site.test/email/unsubscribe?token=t',
    );
    expect(mail.text).toContain('From: <img src=x onerror=alert(1)>');
    expect(mail.html).not.toMatch(/<img|<b>/);
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('href="https://site.test/moderation?comment=abc&amp;x=&quot;y&quot;"');
    expect(mail.html).toContain('<title>A comment is waiting for you: A &amp; B</title>');
  });

  it('cut a comment to its first 300 characters (counting emoji as one)', () => {
    expect(excerpt('a'.repeat(300))).toBe('a'.repeat(300));
    expect(excerpt(`${'😀'.repeat(301)}`)).toBe(`${'😀'.repeat(300)}…`);
  });

  it('have a text and an HTML part with the unsubscribe link in both', () => {
    const mail = replyMail(
      { articleTitle: 'T', replyAuthorName: 'Sam', body: 'Hi', commentUrl: 'https://s.test/a#c' },
      'https://s.test/email/unsubscribe?token=u',
    );
    expect(mail.subject).toBe('Sam replied to your comment');
    expect(mail.text).toContain('https://s.test/email/unsubscribe?token=u');
    expect(mail.html).toContain('https://s.test/email/unsubscribe?token=u');
    expect(renderMail('S', [{ kind: 'quote', text: 'a\nb' }]).text).toBe('> a\n> b\n');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
