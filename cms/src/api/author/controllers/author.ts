import { AUTHOR_LIST_QUERY } from '@skinfacts/shared';
import { createPublicReadController } from '../../../utils/public-controller';
import { AUTHOR_DETAIL_SHAPE, AUTHOR_LIST_SHAPE } from '../public-shape';

export default createPublicReadController('api::author.author', {
  list: AUTHOR_LIST_SHAPE,
  detail: AUTHOR_DETAIL_SHAPE,
  query: AUTHOR_LIST_QUERY,
});
