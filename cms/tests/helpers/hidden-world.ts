import type { Core } from '@strapi/strapi';
import { articleData, documentsOf, paragraph } from './loose-documents';

/** Words that appear only in hidden data: drafts, unapproved comments, private fields. */
export const HIDDEN_WORDS = [
  'zebrasecret',
  'quokkasecret',
  'wombatsecret',
  'ocelotsecret',
  'pendingsecret',
  'hidden.example',
  'iphashsecret',
  'agentsecret',
  'modsecret',
  'hiddendraft-zebra',
  'quokka-draft-slug',
  'wombat-therapy',
];
/** Words public data contains, so that filters also match something. */
export const PUBLIC_WORDS = [
  'public',
  'needling',
  'pubalias',
  'skin',
  'writer',
  'alice',
  'approved',
  'one',
  'e',
];

export type HiddenWorld = {
  /** documentIds and slugs of everything, hidden or not, for generated filters and detail routes. */
  ids: string[];
  /** Removes every hidden thing and changes every private value, leaving what the public sees as it was. */
  removeHidden: () => Promise<void>;
};

const PRIVATE_VALUES = {
  authorEmail: 'c1-secret@hidden.example',
  ipHash: 'iphashsecret',
  userAgent: 'agentsecret',
  moderatedBy: 'modsecret@hidden.example',
  spamSignals: { reasons: ['pendingsecret'] },
};

/**
 * Public documents, plus hidden ones designed to be found by a leaky filter: a draft-only article linked to the
 * public author, topic and treatment; a published article and a treatment whose unpublished drafts differ;
 * a draft-only treatment; pending, spam and rejected comments; an approved reply to a rejected comment; an
 * approved comment on a draft-only article; and private values on every public comment.
 */
export async function createHiddenWorld(strapi: Core.Strapi): Promise<HiddenWorld> {
  const docs = documentsOf(strapi);
  const author = await docs('api::author.author').create({
    data: { name: 'Alice Writer', credentials: 'Writer' },
  });
  const topic = await docs('api::topic.topic').create({
    data: { name: 'Skin', description: 'Public skin topic' },
  });
  const treatmentFacts = {
    summary: 'Public needling summary',
    painLevel: 'minimal',
    aliases: [{ name: 'Pubalias' }],
    medicalReview: { reviewer: author.documentId, lastReviewedAt: '2026-06-01', reviewIntervalMonths: 12 },
    references: [{ title: 'A public source', publisher: 'Journal', year: 2024 }],
  };
  const treatment = await docs('api::treatment.treatment').create({
    data: { name: 'Public Needling', ...treatmentFacts },
    status: 'published',
  });
  const hiddenTreatment = await docs('api::treatment.treatment').create({
    data: {
      name: 'Wombatsecret therapy',
      slug: 'wombat-therapy',
      ...treatmentFacts,
      aliases: [{ name: 'wombatsecret' }],
    },
  });
  const article = (title: string, extra: Record<string, unknown> = {}) =>
    articleData(title, {
      author: author.documentId,
      topics: [topic.documentId],
      treatments: [treatment.documentId],
      ...extra,
    });
  const publicOne = await docs('api::article.article').create({
    data: article('Public one'),
    status: 'published',
  });
  const publicTwo = await docs('api::article.article').create({
    data: article('Public two'),
    status: 'published',
  });
  const changed = await docs('api::article.article').create({
    data: article('Public three'),
    status: 'published',
  });
  // Unpublished changes: a draft with another title, slug, body and treatment.
  await docs('api::article.article').update({
    documentId: changed.documentId,
    data: {
      title: 'Quokkasecret title',
      slug: 'quokka-draft-slug',
      body: paragraph('quokkasecret body'),
      treatments: [treatment.documentId, hiddenTreatment.documentId],
    },
  });
  await docs('api::treatment.treatment').update({
    documentId: treatment.documentId,
    data: { summary: 'ocelotsecret summary', aliases: [{ name: 'ocelotsecret' }] },
  });
  const draft = await docs('api::article.article').create({
    data: article('Hiddendraft zebra', {
      slug: 'hiddendraft-zebra',
      body: paragraph('zebrasecret body'),
      treatments: [treatment.documentId, hiddenTreatment.documentId],
    }),
  });

  const comment = (
    articleId: string,
    moderationStatus: string,
    body: string,
    extra: Record<string, unknown> = {},
  ) =>
    docs('api::comment.comment').create({
      data: {
        article: articleId,
        authorName: `Reader ${moderationStatus}`,
        body,
        moderationStatus,
        ...PRIVATE_VALUES,
        ...extra,
      },
    });
  // A signed-in commenter with a provider picture: public comments name only the account's avatarId.
  const account = await docs('api::commenter-account.commenter-account').create({
    data: {
      provider: 'oidc',
      subject: 'public-subject',
      accountKey: 'oidc:public-subject',
      displayName: 'Reader approved',
      email: 'account@hidden.example',
      avatarUrl: 'https://hidden.example/picture.png',
    },
  });
  const approved = await comment(publicOne.documentId, 'approved', 'An approved public comment', {
    commenterAccount: account.documentId,
  });
  const reply = await comment(publicOne.documentId, 'approved', 'An approved public reply', {
    parent: approved.documentId,
  });
  const rejected = await comment(publicOne.documentId, 'rejected', 'pendingsecret rejected');
  const replyToRejected = await comment(publicOne.documentId, 'approved', 'Approved reply to a hidden one', {
    parent: rejected.documentId,
  });
  const hidden = [
    rejected,
    await comment(publicOne.documentId, 'pending', 'pendingsecret pending', {
      authorEmail: 'pending@hidden.example',
    }),
    await comment(publicTwo.documentId, 'spam', 'pendingsecret spam'),
    await comment(draft.documentId, 'approved', 'zebrasecret approved on a draft'),
  ];
  const visible = [approved, reply, replyToRejected];

  const removeHidden = async () => {
    for (const { documentId } of hidden)
      await strapi.documents('api::comment.comment').delete({ documentId });
    for (const { documentId } of visible) {
      await docs('api::comment.comment').update({
        documentId,
        data: {
          authorEmail: 'other@else.example',
          ipHash: 'other',
          userAgent: 'other',
          moderatedBy: 'other',
          spamSignals: {},
        },
      });
    }
    await docs('api::commenter-account.commenter-account').update({
      documentId: account.documentId,
      data: { email: 'other@else.example', avatarUrl: 'https://else.example/other.png' },
    });
    await strapi.documents('api::article.article').delete({ documentId: draft.documentId });
    await strapi.documents('api::treatment.treatment').delete({ documentId: hiddenTreatment.documentId });
    await strapi.documents('api::article.article').discardDraft({ documentId: changed.documentId });
    await strapi.documents('api::treatment.treatment').discardDraft({ documentId: treatment.documentId });
  };

  const everything = [
    author,
    topic,
    treatment,
    hiddenTreatment,
    publicOne,
    publicTwo,
    changed,
    draft,
    ...visible,
    ...hidden,
  ];
  const ids = [
    ...everything.map((doc) => doc.documentId),
    ...everything.flatMap((doc) => (doc.slug ? [doc.slug] : [])),
  ];
  return { ids: [...new Set([...ids, 'quokka-draft-slug'])], removeHidden };
}
