import { TOPIC_LIST_QUERY } from '@skinfacts/shared';
import { createPublicReadController } from '../../../utils/public-controller';
import { TOPIC_DETAIL_SHAPE, TOPIC_LIST_SHAPE } from '../public-shape';

export default createPublicReadController('api::topic.topic', {
  list: TOPIC_LIST_SHAPE,
  detail: TOPIC_DETAIL_SHAPE,
  query: TOPIC_LIST_QUERY,
});
