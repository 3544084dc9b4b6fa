import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { parseWordList, type ScreeningSettings } from '../../../rules/comment-screening';

const SETTING_UID = 'api::comment-setting.comment-setting';

const DEFAULTS = {
  commentsOpen: true,
  autoApprove: false,
  maxLinks: 2,
  moderationWords: '',
  disallowedWords: '',
  autoApproveSignedIn: false,
  blockedAccountComments: 'refuse',
  gravatar: false,
};

export type CommentSettings = ScreeningSettings & {
  commentsOpen: boolean;
  /** Auto-approve a signed-in commenter whose account already has an approved comment (holds still apply). */
  autoApproveSignedIn: boolean;
  /** What happens to a blocked account's new comments: refused with a message, or filed as spam. */
  blockedAccountComments: 'refuse' | 'spam';
  /** Show Gravatar pictures for guests (off: generated initials only, no third-party request). */
  gravatar: boolean;
};

const commentSettingService = factories.createCoreService(
  SETTING_UID,
  ({ strapi }: { strapi: Core.Strapi }) => ({
    /** The editors' settings, or the defaults until someone saves them in the admin panel. */
    async current(): Promise<CommentSettings> {
      const stored = await strapi.documents(SETTING_UID).findFirst({});
      const settings = { ...DEFAULTS, ...stored };
      return {
        commentsOpen: settings.commentsOpen !== false,
        autoApprove: settings.autoApprove === true,
        maxLinks: settings.maxLinks ?? DEFAULTS.maxLinks,
        moderationWords: parseWordList(settings.moderationWords ?? ''),
        disallowedWords: parseWordList(settings.disallowedWords ?? ''),
        autoApproveSignedIn: settings.autoApproveSignedIn === true,
        blockedAccountComments: settings.blockedAccountComments === 'spam' ? 'spam' : 'refuse',
        gravatar: settings.gravatar === true,
      };
    },
  }),
);

export default commentSettingService;

export type CommentSettingService = ReturnType<typeof commentSettingService>;

/** This service with its own type (Strapi's `strapi.service()` types every service's members as `any`). */
export const commentSettingsOf = (strapi: Core.Strapi) =>
  strapi.service(SETTING_UID) as CommentSettingService;
