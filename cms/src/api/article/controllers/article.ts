import { createPublicReadController } from '../../../utils/public-controller';
import { ARTICLE_DETAIL_SHAPE, ARTICLE_LIST_SHAPE } from '../public-shape';

export default createPublicReadController('api::article.article', {
  list: ARTICLE_LIST_SHAPE,
  detail: ARTICLE_DETAIL_SHAPE,
});
