import { TREATMENT_LIST_QUERY } from '@skinfacts/shared';
import { createPublicReadController } from '../../../utils/public-controller';
import { TREATMENT_DETAIL_SHAPE, TREATMENT_LIST_SHAPE } from '../public-shape';

export default createPublicReadController('api::treatment.treatment', {
  list: TREATMENT_LIST_SHAPE,
  detail: TREATMENT_DETAIL_SHAPE,
  query: TREATMENT_LIST_QUERY,
});
