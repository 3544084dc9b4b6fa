import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { EDITOR_DASHBOARD_PATHS, type ReviewDueEntry } from '../../editor-dashboard/contract';
import { isObject, useDashboardData } from './use-dashboard-data';

const PATH = EDITOR_DASHBOARD_PATHS.reviewsDue;
const STATES = ['never-reviewed', 'overdue', 'due-soon'] as const;

function parseEntry(value: unknown): ReviewDueEntry | null {
  if (!isObject(value)) return null;
  const { type, documentId, title, state, dueAt, reviewer, editPath } = value;
  if (type !== 'article' && type !== 'treatment') return null;
  const known = STATES.find((candidate) => candidate === state);
  if (typeof documentId !== 'string' || typeof title !== 'string' || !known) return null;
  if (typeof editPath !== 'string' || !editPath.startsWith('/content-manager/')) return null;
  return {
    type,
    documentId,
    title,
    state: known,
    dueAt: typeof dueAt === 'string' ? dueAt : null,
    reviewer: typeof reviewer === 'string' ? reviewer : null,
    editPath,
  };
}

function parseAnswer(body: unknown): ReviewDueEntry[] | null {
  if (!isObject(body) || !Array.isArray(body.data)) return null;
  const entries = body.data.map(parseEntry);
  return entries.every((entry) => entry !== null) ? entries.filter((entry) => entry !== null) : null;
}

/** Overdue (and never reviewed) first, then due soonest: the order the route answers in. */
const BADGES: Record<ReviewDueEntry['state'], { label: string; variant: 'danger' | 'warning' }> = {
  'never-reviewed': { label: 'Never reviewed', variant: 'danger' },
  overdue: { label: 'Overdue', variant: 'danger' },
  'due-soon': { label: 'Due soon', variant: 'warning' },
};

function when(entry: ReviewDueEntry): string {
  if (!entry.dueAt) return 'no review yet';
  return `${entry.state === 'overdue' ? 'was due' : 'due'} ${entry.dueAt}`;
}

/** "Medical reviews due": published articles and treatments whose review is overdue or due within 30 days. */
export function ReviewsDueWidget() {
  const loaded = useDashboardData(PATH, parseAnswer);
  if (loaded.state === 'loading') return <Widget.Loading />;
  if (loaded.state === 'error') return <Widget.Error />;
  if (loaded.value.length === 0) {
    return <Widget.NoData>No medical review is due in the next 30 days.</Widget.NoData>;
  }
  return (
    <Box tag="ul" aria-label="Medical reviews due">
      {loaded.value.map((entry) => {
        const badge = BADGES[entry.state];
        return (
          <Box tag="li" key={`${entry.type}-${entry.documentId}`} paddingBottom={2}>
            <Flex gap={2} justifyContent="space-between">
              <Link to={entry.editPath}>
                <Typography textColor="primary600">{entry.title}</Typography>
              </Link>
              <Badge variant={badge.variant}>{badge.label}</Badge>
            </Flex>
            <Typography variant="pi" textColor="neutral600">
              {entry.type === 'treatment' ? 'Treatment' : 'Article'} · {when(entry)}
              {entry.reviewer ? ` · ${entry.reviewer}` : ''}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}
