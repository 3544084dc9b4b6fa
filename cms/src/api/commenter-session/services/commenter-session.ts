import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::commenter-session.commenter-session');
