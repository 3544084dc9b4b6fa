// The readiness rule engine; the implementation lives in ./readiness/ (one module per concern). Zod-free.
export { evaluateReadiness, evaluateValidReadiness } from './readiness/evaluate';
export type { ReadinessItem, ReadinessOverall, ReadinessResult, ReadinessStatus } from './readiness/evaluate';
export { ReadinessInputError, validateReadinessInput } from './readiness/input';
export type {
  ReadinessInput,
  ReadinessProblem,
  ReadinessValidation,
  ValidReadinessInput,
} from './readiness/input';
export { isKnownTimeZone, localDateTimeToUtc } from './readiness/time-zone';
