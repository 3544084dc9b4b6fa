import type { EditorLayout } from './types';

/** Comments are moderated on the site's /moderation console; here editors read them and change a status. */
export const commentLayout: EditorLayout = {
  uid: 'api::comment.comment',
  kind: 'contentType',
  fields: {
    body: { label: 'Comment' },
    authorName: { label: 'Author' },
    authorEmail: { label: 'Email', description: 'Never shown on the site.' },
    authorUrl: { label: 'Website' },
    article: { label: 'Article' },
    parent: { label: 'Reply to', description: 'The comment this one answers, if any.' },
    moderationStatus: {
      label: 'Status',
      description: 'Only approved comments are shown on the site.',
    },
    moderatedAt: { label: 'Moderated at' },
    moderatedBy: { label: 'Moderated by' },
    ipHash: {
      label: 'IP address (hashed)',
      description: 'A salted hash: the address itself is never stored.',
    },
    userAgent: { label: 'Browser' },
    spamSignals: { label: 'Why it was held', description: 'The screening rules this comment tripped.' },
    commenterAccount: {
      label: 'Signed-in account',
      description: 'The account the commenter signed in with; empty for a guest.',
    },
    notifyAuthor: {
      label: 'Author asked for mails',
      description:
        'Ticked on the form: mail them when it is published and when someone replies (after they confirm).',
    },
    staffReply: { label: 'Staff reply', description: 'Written by the Skinfacts team; shown with a badge.' },
  },
  edit: [
    ['body'],
    ['authorName', 'authorEmail'],
    ['authorUrl', 'article'],
    ['parent', 'moderationStatus'],
    ['moderatedAt', 'moderatedBy'],
    [['staffReply', 4]],
    ['ipHash', 'userAgent'],
    ['spamSignals'],
    [
      ['commenterAccount', 6],
      ['notifyAuthor', 6],
    ],
  ],
  list: {
    columns: ['moderationStatus', 'authorName', 'article', 'createdAt', 'body'],
    sortBy: 'createdAt',
    order: 'DESC',
    mainField: 'authorName',
  },
};
