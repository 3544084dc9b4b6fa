// The readiness rule engine; the implementation lives in ./readiness/ (one module per concern).
export { evaluateReadiness } from './readiness/evaluate';
export type {
  ReadinessInput,
  ReadinessItem,
  ReadinessOverall,
  ReadinessResult,
  ReadinessStatus,
} from './readiness/evaluate';
export { ReadinessInputError } from './readiness/input';
export { isKnownTimeZone, localDateTimeToUtc } from './readiness/time-zone';
