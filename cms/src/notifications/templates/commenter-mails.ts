import { excerpt, renderMail, type Block, type RenderedMail } from './layout';

const footer = (unsubscribeUrl: string): Block[] => [
  {
    kind: 'small',
    text:
      'You get this mail because you asked for it when you left a comment on Skinfacts. ' +
      `To get no more mails from us, open this link:\n${unsubscribeUrl}`,
  },
];

/** Double opt-in: nothing else is mailed to the address until its owner opens the link. */
export function confirmAddressMail(
  input: { articleTitle: string; confirmUrl: string },
  unsubscribeUrl: string,
): RenderedMail {
  return renderMail('Please confirm your email address', [
    {
      kind: 'paragraph',
      text:
        `Someone left a comment on "${input.articleTitle}" on Skinfacts and asked us to email this address ` +
        'when the comment is published and when someone replies.',
    },
    {
      kind: 'paragraph',
      text: 'If that was you, please confirm. Until you do, we send nothing else.',
    },
    { kind: 'link', label: 'Yes, email me about my comments', url: input.confirmUrl },
    {
      kind: 'paragraph',
      text: 'If it was not you, ignore this mail: you will not hear from us again.',
    },
    ...footer(unsubscribeUrl),
  ]);
}

export type ApprovedComment = { articleTitle: string; body: string; commentUrl: string };

export function commentApprovedMail(comment: ApprovedComment, unsubscribeUrl: string): RenderedMail {
  return renderMail(`Your comment is published: ${comment.articleTitle}`, [
    { kind: 'paragraph', text: `Your comment on "${comment.articleTitle}" is now on Skinfacts.` },
    { kind: 'quote', text: excerpt(comment.body) },
    { kind: 'link', label: 'See it on the page', url: comment.commentUrl },
    ...footer(unsubscribeUrl),
  ]);
}

export type ApprovedReply = {
  articleTitle: string;
  replyAuthorName: string;
  body: string;
  commentUrl: string;
};

export function replyMail(reply: ApprovedReply, unsubscribeUrl: string): RenderedMail {
  return renderMail(`${reply.replyAuthorName} replied to your comment`, [
    {
      kind: 'paragraph',
      text: `${reply.replyAuthorName} replied to your comment on "${reply.articleTitle}":`,
    },
    { kind: 'quote', text: excerpt(reply.body) },
    { kind: 'link', label: 'Read the reply', url: reply.commentUrl },
    ...footer(unsubscribeUrl),
  ]);
}
