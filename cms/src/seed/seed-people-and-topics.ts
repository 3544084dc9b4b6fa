import { AUTHORS } from './authors';
import { findDocumentIdBySlug, report, type SeedContext } from './context';
import { avatarSvg } from './cover-image';
import { TOPICS } from './topics';
import { ensureImage } from './upload';

const TOPIC = 'api::topic.topic';
const AUTHOR = 'api::author.author';

export async function seedTopics(context: SeedContext) {
  const { strapi } = context;
  for (const topic of TOPICS) {
    let documentId = await findDocumentIdBySlug(strapi, TOPIC, topic.slug);
    const created = !documentId;
    if (!documentId) {
      ({ documentId } = await strapi.documents(TOPIC).create({ data: { ...topic } }));
    }
    context.ids.topics.set(topic.slug, documentId);
    report(context, 'topic', topic.name, created);
  }
}

export async function seedAuthors(context: SeedContext) {
  const { strapi } = context;
  for (const author of AUTHORS) {
    let documentId = await findDocumentIdBySlug(strapi, AUTHOR, author.slug);
    const created = !documentId;
    if (!documentId) {
      const avatar = await ensureImage(strapi, {
        name: `avatar-${author.slug}.png`,
        alternativeText: `Initials of ${author.name}`,
        svg: () => avatarSvg(author.slug, author.name),
      });
      report(context, 'image', `avatar-${author.slug}.png`, avatar.created);
      ({ documentId } = await strapi.documents(AUTHOR).create({ data: { ...author, avatar: avatar.id } }));
    }
    context.ids.authors.set(author.slug, documentId);
    report(context, 'author', author.name, created, author.credentials);
  }
}
