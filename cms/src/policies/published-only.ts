import { errors } from '@strapi/utils';

type ReadRequestContext = {
  request: { query?: Record<string, unknown> };
  state: { auth?: { strategy?: { name?: string } } };
};

/**
 * Strapi 5 lets anyone with `find` read drafts by adding `?status=draft` (strapi/strapi#25326).
 * Drafts are for the site's preview and for editors' tools, which authenticate with an API token.
 */
export default function publishedOnly(policyContext: ReadRequestContext) {
  const status = policyContext.request.query?.status;
  if (status === undefined || status === 'published') return true;

  // Strapi 5.54 names the strategy 'content-api-token'; earlier 5.x releases called it 'api-token'.
  const strategy = policyContext.state.auth?.strategy?.name;
  if (strategy === 'content-api-token' || strategy === 'api-token') return true;

  throw new errors.PolicyError(
    'Drafts are only available with an API token. Remove the "status" parameter.',
    {
      policy: 'published-only',
    },
  );
}
