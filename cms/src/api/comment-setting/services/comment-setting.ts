import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { parseWordList, type ScreeningSettings } from '../../../rules/comment-screening';

const DEFAULTS = {
  commentsOpen: true,
  autoApprove: false,
  maxLinks: 2,
  moderationWords: '',
  disallowedWords: '',
};

export default factories.createCoreService(
  'api::comment-setting.comment-setting',
  ({ strapi }: { strapi: Core.Strapi }) => ({
    /** The editors' settings, or the defaults until someone saves them in the admin panel. */
    async current(): Promise<ScreeningSettings & { commentsOpen: boolean }> {
      const stored = await strapi.documents('api::comment-setting.comment-setting').findFirst({});
      const settings = { ...DEFAULTS, ...stored };
      return {
        commentsOpen: settings.commentsOpen !== false,
        autoApprove: settings.autoApprove === true,
        maxLinks: settings.maxLinks ?? DEFAULTS.maxLinks,
        moderationWords: parseWordList(settings.moderationWords ?? ''),
        disallowedWords: parseWordList(settings.disallowedWords ?? ''),
      };
    },
  }),
);
