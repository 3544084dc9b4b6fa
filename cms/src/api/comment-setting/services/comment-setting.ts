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

/** Defaults of the report threshold and the retention of private signals (schema.json says the same). */
export const REPORT_DEFAULTS = { reportThreshold: 3, signalRetentionDays: 90 } as const;

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

    /**
     * How many distinct visitors' reports take an approved comment back to pending, and after how many days
     * a comment's IP hash and user agent are cleared (src/privacy/retention.ts).
     */
    async reportsAndRetention(): Promise<{ reportThreshold: number; signalRetentionDays: number }> {
      const stored = await strapi.documents(SETTING_UID).findFirst({});
      return {
        reportThreshold: stored?.reportThreshold ?? REPORT_DEFAULTS.reportThreshold,
        signalRetentionDays: stored?.signalRetentionDays ?? REPORT_DEFAULTS.signalRetentionDays,
      };
    },

    /** How moderators hear about held comments: a mail each, or a digest every N minutes. */
    async moderatorMails(): Promise<ModeratorMailSettings> {
      const stored = await strapi.documents(SETTING_UID).findFirst({
        fields: ['moderatorMails', 'digestEveryMinutes'],
      });
      const minutes = stored?.digestEveryMinutes;
      return {
        mode: stored?.moderatorMails === 'digest' ? 'digest' : 'each-held-comment',
        digestEveryMinutes: typeof minutes === 'number' && minutes >= 1 ? minutes : 60,
      };
    },
  }),
);

export type ModeratorMailSettings = {
  mode: 'each-held-comment' | 'digest';
  digestEveryMinutes: number;
};

export default commentSettingService;

export type CommentSettingService = ReturnType<typeof commentSettingService>;

/** This service with its own type (Strapi's `strapi.service()` types every service's members as `any`). */
export const commentSettingsOf = (strapi: Core.Strapi) =>
  strapi.service(SETTING_UID) as CommentSettingService;
