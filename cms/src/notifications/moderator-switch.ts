import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const USER_UID = 'plugin::users-permissions.user';

/** A moderator's own switch for the held-comment mails (stored on their user as `moderatorMails`). */
export async function setModeratorMails(strapi: Core.Strapi, userId: number, on: boolean): Promise<void> {
  await strapi.db.query(USER_UID).update({ where: { id: userId }, data: { moderatorMails: on } });
}

export async function moderatorMailsOn(strapi: Core.Strapi, userId: number): Promise<boolean> {
  const row: unknown = await strapi.db
    .query(USER_UID)
    .findOne({ where: { id: userId }, select: ['moderatorMails'] });
  const parsed = z.object({ moderatorMails: z.boolean().nullable() }).safeParse(row);
  return !parsed.success || parsed.data.moderatorMails !== false;
}
