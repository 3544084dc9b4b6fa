// Pure helpers for browser code (@skinfacts/shared/readiness-format): no zod, so importing them ships none.
export { parseLocalDateTime } from './readiness/local-date-time';
export type { LocalDateTime, LocalParseProblem, LocalParseResult } from './readiness/local-date-time';
export { describeDowntime, describeResultsOnset, formatRange, formatWindow, inTheLast } from './time-window';
