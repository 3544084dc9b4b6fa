import { factories } from '@strapi/strapi';
import { COMMENT_UID } from '../uid';

export default factories.createCoreRouter(COMMENT_UID);
