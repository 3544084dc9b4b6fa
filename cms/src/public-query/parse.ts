import { errors } from '@strapi/utils';
import {
  acceptedParameters,
  describeQueryIssue,
  publicDetailQuerySchema,
  publicListQuerySchema,
  type PublicDetailDeclaration,
  type PublicListQuery,
  type PublicQueryDeclaration,
} from '@skinfacts/shared';

type QueryIssue = Parameters<typeof describeQueryIssue>[0];

function refuse(route: string, error: { issues: QueryIssue[] }, accepted: string[]): never {
  const issue = error.issues[0];
  const { parameter, problem } = issue
    ? describeQueryIssue(issue)
    : { parameter: '?', problem: 'is invalid' };
  throw new errors.ValidationError(
    `Query parameter "${parameter}" ${problem}. ${route} accepts only the parameters listed in error.details.accepted.`,
    { parameter, accepted },
  );
}

/** A public list route's query, or a 400 naming the first parameter it does not accept. */
export function parseListQuery(query: unknown, declaration: PublicQueryDeclaration): PublicListQuery {
  const parsed = publicListQuerySchema(declaration).safeParse(query ?? {});
  if (parsed.success) return parsed.data as PublicListQuery;
  return refuse(declaration.route, parsed.error, acceptedParameters(declaration));
}

/** A single-document route takes nothing but `status` (where drafts exist). */
export function parseDetailQuery(query: unknown, declaration: PublicDetailDeclaration): { status?: string } {
  const parsed = publicDetailQuerySchema(declaration).safeParse(query ?? {});
  if (parsed.success) return parsed.data;
  return refuse(
    declaration.route,
    parsed.error,
    declaration.status ? ['status=draft (with an API token only)'] : [],
  );
}
