import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { EDITOR_DASHBOARD_PATHS, type CommentsWaitingAnswer } from '../../editor-dashboard/contract';
import { isObject, useDashboardData } from './use-dashboard-data';

const PATH = EDITOR_DASHBOARD_PATHS.commentsWaiting;
type Counts = CommentsWaitingAnswer['data'];
const ROWS: Array<{ key: keyof Counts; label: string }> = [
  { key: 'pending', label: 'Waiting for a moderator' },
  { key: 'spam', label: 'Marked as spam' },
  { key: 'approved', label: 'Approved' },
  { key: 'rejected', label: 'Rejected' },
];

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;

function parseAnswer(body: unknown): CommentsWaitingAnswer | null {
  if (!isObject(body) || !isObject(body.data) || !isObject(body.meta)) return null;
  const [pending, approved, rejected, spam] = ['pending', 'approved', 'rejected', 'spam'].map((key) =>
    count(isObject(body.data) ? body.data[key] : undefined),
  );
  if (pending == null || approved == null || rejected == null || spam == null) return null;
  const url = body.meta.moderationUrl;
  const moderationUrl = typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
  return { data: { pending, approved, rejected, spam }, meta: { moderationUrl } };
}

/** "Comments waiting": how many comments are in each moderation state, and a link to the site's console. */
export function CommentsWaitingWidget() {
  const loaded = useDashboardData(PATH, parseAnswer);
  if (loaded.state === 'loading') return <Widget.Loading />;
  if (loaded.state === 'error') return <Widget.Error />;
  const { data, meta } = loaded.value;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box tag="dl" aria-label="Comments by status">
        {ROWS.map(({ key, label }) => (
          <Flex key={key} justifyContent="space-between" paddingBottom={1}>
            <Typography tag="dt">{label}</Typography>
            <Typography tag="dd" fontWeight="bold">
              {data[key]}
            </Typography>
          </Flex>
        ))}
      </Box>
      {meta.moderationUrl ? (
        <a href={meta.moderationUrl} target="_blank" rel="noreferrer">
          <Typography textColor="primary600">Open the moderation console</Typography>
        </a>
      ) : null}
    </Flex>
  );
}
