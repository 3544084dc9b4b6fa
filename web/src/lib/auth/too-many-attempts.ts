import 'server-only';
import { noStoreJson } from '@/lib/http/json-response';
import { tooManyAttemptsMessage } from './login-throttle';

/** The CMS's own limiter says how long to wait; its window is a minute when it does not. */
export const CMS_LIMIT_FALLBACK_SECONDS = 60;

/** 429 with Retry-After and a message that says how long to wait. */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  noStoreJson({ error: tooManyAttemptsMessage(retryAfterSeconds) }, 429, {
    'Retry-After': String(retryAfterSeconds),
  });
