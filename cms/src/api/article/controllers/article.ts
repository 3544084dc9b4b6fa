import { countBlockWords, readingMinutes, ARTICLE_LIST_QUERY } from '@skinfacts/shared';
import { createPublicReadController } from '../../../utils/public-controller';
import { ARTICLE_DETAIL_SHAPE, ARTICLE_LIST_SHAPE } from '../public-shape';

export default createPublicReadController('api::article.article', {
  list: ARTICLE_LIST_SHAPE,
  detail: ARTICLE_DETAIL_SHAPE,
  query: ARTICLE_LIST_QUERY,
  // Lists fetch the body only to time it: cards show "5 min read" without carrying the article text.
  present: ({ body, ...article }, view) => ({
    ...article,
    ...(view === 'detail' ? { body } : {}),
    readingMinutes: readingMinutes(countBlockWords(body)),
  }),
});
