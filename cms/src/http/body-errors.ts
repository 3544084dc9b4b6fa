import type { Context } from 'koa';

/** Strapi's error envelope, so a refused body looks like every other CMS error. */
export function answerError(ctx: Context, status: number, name: string, message: string) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
}

type Messages = { limit: string; uploadTooLarge: string };

/** The status that co-body / raw-body (`status`) or formidable (`httpCode`) put on a parse error. */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, httpCode } = error as { status?: unknown; httpCode?: unknown };
  if (typeof status === 'number') return status;
  return typeof httpCode === 'number' ? httpCode : undefined;
}

const typeOf = (error: unknown) =>
  typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;

/**
 * A body that could not be read is always the client's doing: answer what to fix, never a 500.
 * (Strapi's default would log a client's broken JSON as a server error with a stack.)
 */
export function answerParseError(ctx: Context, error: unknown, messages: Messages) {
  const status = statusOf(error);
  const isMultipart = Boolean(ctx.is('multipart'));
  if (status === 413) {
    const message = isMultipart
      ? messages.uploadTooLarge
      : `The request body is larger than the ${messages.limit} this route accepts: send a smaller body.`;
    return answerError(ctx, 413, 'PayloadTooLargeError', message);
  }
  if (status === 415) {
    return answerError(
      ctx,
      415,
      'UnsupportedMediaTypeError',
      'The body uses a character set the CMS does not read: send it as UTF-8.',
    );
  }
  if (typeOf(error) === 'request.aborted' || /aborted/i.test(String(error))) {
    return answerError(ctx, 400, 'ValidationError', 'The request was aborted before its body arrived.');
  }
  if (error instanceof SyntaxError || typeOf(error) === 'entity.parse.failed') {
    return answerError(
      ctx,
      400,
      'ValidationError',
      'The request body is not valid JSON: fix its syntax (Content-Type says application/json).',
    );
  }
  const what = isMultipart ? 'multipart/form-data body' : 'request body';
  return answerError(ctx, 400, 'ValidationError', `The ${what} could not be read: send a well-formed body.`);
}
