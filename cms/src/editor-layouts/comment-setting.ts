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
  },
  edit: [
    [
      ['commentsOpen', 6],
      ['autoApprove', 6],
    ],
    [['maxLinks', 6]],
    ['moderationWords', 'disallowedWords'],
  ],
  list: { columns: ['commentsOpen', 'autoApprove', 'maxLinks'], sortBy: 'id', order: 'ASC', mainField: 'id' },
};
