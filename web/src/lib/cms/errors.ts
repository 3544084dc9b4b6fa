/** The CMS could not be reached, timed out, or answered with a non-2xx status. */
export class CmsError extends Error {
  override readonly name = 'CmsError';

  constructor(
    message: string,
    /** The HTTP status, or null when no response arrived (network error, timeout). */
    readonly status: number | null,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The CMS answered 2xx, but the body did not match the expected schema. */
export class CmsParseError extends Error {
  override readonly name = 'CmsParseError';

  constructor(
    readonly path: string,
    /** The dotted paths of the problems, e.g. ["data.0.slug", "meta.pagination"]. */
    readonly issuePaths: string[],
    detail: string,
  ) {
    super(`Unexpected CMS response from ${path} — problems at: ${issuePaths.join(', ')}\n${detail}`);
  }
}

/** A CMS answer that is not 2xx to a call made for a visitor or moderator, kept with its status and body. */
export class CmsRefusal extends Error {
  override readonly name = 'CmsRefusal';

  constructor(
    readonly status: number,
    readonly body: unknown,
    /** The CMS's Retry-After header (429), in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`The CMS answered ${status}`);
  }
}
