import { errors } from '@strapi/utils';
import { requestIsFromSite } from '../client-ip';

/** Routes only the site may call: the request must carry the shared WEB_TO_CMS_SECRET. */
type PolicyContext = { request: { headers: Record<string, string | string[] | undefined> } };

export default function fromSite(policyContext: PolicyContext) {
  if (requestIsFromSite(policyContext.request.headers)) return true;
  throw new errors.PolicyError('Only the Skinfacts site may call this route.', { policy: 'from-site' });
}
