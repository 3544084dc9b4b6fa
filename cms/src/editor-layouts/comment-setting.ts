import type { EditorLayout } from './types';

export const commentSettingLayout: EditorLayout = {
  uid: 'api::comment-setting.comment-setting',
  kind: 'contentType',
  fields: {
    commentsOpen: {
      label: 'Comments open on the whole site',
      description: 'Off: no article takes new comments, whatever its own setting.',
    },
    autoApprove: {
      label: 'Approve returning commenters',
      description: 'A clean comment from an email with an earlier approved comment is approved at once.',
    },
    maxLinks: {
      label: 'Most links in a comment',
      description: 'A comment with more links than this waits for a moderator.',
    },
    moderationWords: {
      label: 'Words that hold a comment',
      placeholder: 'one word or phrase per line',
      description: 'A comment containing one of these waits for a moderator.',
    },
    disallowedWords: {
      label: 'Words that mark a comment as spam',
      placeholder: 'one word or phrase per line',
      description: 'A comment containing one of these goes straight to spam.',
    },
    autoApproveSignedIn: {
      label: 'Approve returning signed-in commenters',
      description:
        'A clean comment from a signed-in account with an earlier approved comment is approved at once. Holds for links and words still apply.',
    },
    blockedAccountComments: {
      label: 'Comments from blocked accounts',
      description: 'Refuse them with a message, or file them as spam without telling the commenter.',
    },
    gravatar: {
      label: 'Show Gravatar pictures',
      description:
        "Guests' pictures come from Gravatar, fetched by our own server (readers' browsers never call Gravatar). Gravatar learns which email addresses comment here (as a hash), not who reads the pages. Off: generated initials.",
    },
    reportThreshold: {
      label: 'Reports that hold a comment',
      description:
        'When this many different visitors report an approved comment, it goes back to the moderators.',
    },
    signalRetentionDays: {
      label: 'Keep IP hash and browser for (days)',
      description: 'After this many days a comment keeps its text but loses its IP hash and browser.',
    },
    moderatorMails: {
      label: 'Moderator mails',
      description: 'A mail for each held comment, or one digest of them every few minutes.',
    },
    digestEveryMinutes: {
      label: 'Digest every (minutes)',
      description: 'Used when moderator mails are a digest.',
    },
  },
  edit: [
    [
      ['commentsOpen', 6],
      ['autoApprove', 6],
    ],
    [['maxLinks', 6]],
    ['moderationWords', 'disallowedWords'],
    [
      ['autoApproveSignedIn', 6],
      ['blockedAccountComments', 6],
    ],
    [['gravatar', 6]],
    [
      ['reportThreshold', 6],
      ['signalRetentionDays', 6],
    ],
    [
      ['moderatorMails', 6],
      ['digestEveryMinutes', 6],
    ],
  ],
  list: { columns: ['commentsOpen', 'autoApprove', 'maxLinks'], sortBy: 'id', order: 'ASC', mainField: 'id' },
};
