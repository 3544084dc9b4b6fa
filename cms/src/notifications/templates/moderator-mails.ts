import { excerpt, renderMail, type Block, type RenderedMail } from './layout';

/** A held comment as a moderator's mail shows it: never the author's email. */
export type HeldComment = {
  articleTitle: string;
  authorName: string;
  body: string;
  reason: string;
  /** `<site>/moderation?comment=<documentId>`: the console opens on it (after login). */
  moderationUrl: string;
};

const footer = (unsubscribeUrl: string): Block[] => [
  {
    kind: 'small',
    text:
      'You get this mail because you are a Skinfacts moderator. To stop these mails, switch them off in the ' +
      `moderation console, or open this link:\n${unsubscribeUrl}`,
  },
];

function heldBlocks(comment: HeldComment): Block[] {
  return [
    {
      kind: 'paragraph',
      text: `Article: ${comment.articleTitle}\nFrom: ${comment.authorName}\nHeld because: ${comment.reason}`,
    },
    { kind: 'quote', text: excerpt(comment.body) },
    { kind: 'link', label: 'Open it in the moderation console', url: comment.moderationUrl },
  ];
}

/** One held comment, mailed at once ("each held comment" in Comment settings). */
export function heldCommentMail(comment: HeldComment, unsubscribeUrl: string): RenderedMail {
  return renderMail(`A comment is waiting for you: ${comment.articleTitle}`, [
    { kind: 'paragraph', text: 'A new comment on Skinfacts is held until a moderator decides about it.' },
    ...heldBlocks(comment),
    ...footer(unsubscribeUrl),
  ]);
}

/** Every comment held since the last digest ("a digest every N minutes"). */
export function heldDigestMail(
  comments: HeldComment[],
  queueUrl: string,
  unsubscribeUrl: string,
): RenderedMail {
  const count = comments.length;
  const subject = count === 1 ? '1 comment is waiting for you' : `${count} comments are waiting for you`;
  return renderMail(subject, [
    {
      kind: 'paragraph',
      text: `${subject} on Skinfacts. They are held until a moderator decides about them.`,
    },
    ...comments.flatMap((comment, index) => [
      { kind: 'paragraph' as const, text: `${index + 1}.` },
      ...heldBlocks(comment),
    ]),
    { kind: 'link', label: 'Open the moderation queue', url: queueUrl },
    ...footer(unsubscribeUrl),
  ]);
}
