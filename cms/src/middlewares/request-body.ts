import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import {
  bodyRulesFor,
  describeBytes,
  MULTIPART_FIELDS_LIMIT_BYTES,
  MULTIPART_MAX_FIELDS,
  type BodyRules,
} from '../http/body-rules';
import { answerError, answerParseError } from '../http/body-errors';

type KoaMiddleware = (ctx: Context, next: Next) => Promise<void>;
type MiddlewareFactory = (config: object, options: { strapi: Core.Strapi }) => KoaMiddleware;

/**
 * Parses request bodies in place of Strapi's default `strapi::body` (which stays in config/middlewares.ts,
 * parsing nothing, because Strapi requires it): multipart only on the routes that take files, JSON limits
 * per route, and each multipart request gets its own temp folder, removed whatever happens to the request.
 * The parsing itself is Strapi's body middleware, built per request with these settings.
 */
export default (_config: object, { strapi }: { strapi: Core.Strapi }): KoaMiddleware => {
  const strapiBody = strapi.middleware('strapi::body') as unknown as MiddlewareFactory;
  const adminPrefixes = ['/admin', ...Object.keys(strapi.plugins).map((name) => `/${name}`)];
  const uploadConfig: { sizeLimit?: number } = strapi.config.get('plugin::upload') ?? {};
  const maxUploadBytes = uploadConfig.sizeLimit ?? 10 * 1024 * 1024;

  return async (ctx, next) => {
    const rules = bodyRulesFor(ctx.path, adminPrefixes);
    const isMultipart = Boolean(ctx.is('multipart'));
    if (isMultipart && !rules.multipart) {
      return answerError(
        ctx,
        415,
        'UnsupportedMediaTypeError',
        'This route does not accept multipart/form-data: send the body as application/json.',
      );
    }
    // Cheap first gate before any file touches the disk; the route checks the credentials themselves.
    if (isMultipart && !ctx.get('authorization')) {
      return answerError(
        ctx,
        401,
        'UnauthorizedError',
        'Uploading files needs a signed-in admin or an API token: send an Authorization header.',
      );
    }

    const uploadDir = isMultipart ? await mkdtemp(path.join(os.tmpdir(), 'skinfacts-upload-')) : null;
    let reachedRoute = false;
    try {
      const parse = strapiBody(parserConfig(rules, uploadDir, maxUploadBytes), { strapi });
      await parse(ctx, async () => {
        reachedRoute = true;
        await next();
      });
      // Strapi's body middleware answers a too-large upload itself, with the bare message "FileTooBig".
      if (!reachedRoute && ctx.status === 413) {
        answerError(ctx, 413, 'PayloadTooLargeError', uploadTooLargeMessage(maxUploadBytes));
      }
    } catch (error) {
      if (reachedRoute) throw error;
      answerParseError(ctx, error, {
        limit: describeBytes(rules.textLimitBytes),
        uploadTooLarge: uploadTooLargeMessage(maxUploadBytes),
      });
    } finally {
      if (uploadDir) await rm(uploadDir, { recursive: true, force: true });
    }
  };
};

function parserConfig(rules: BodyRules, uploadDir: string | null, maxUploadBytes: number) {
  const limit = rules.textLimitBytes;
  return {
    multipart: uploadDir !== null,
    jsonLimit: limit,
    formLimit: limit,
    textLimit: limit,
    formidable: uploadDir
      ? {
          uploadDir,
          maxFileSize: maxUploadBytes,
          maxFields: MULTIPART_MAX_FIELDS,
          maxFieldsSize: MULTIPART_FIELDS_LIMIT_BYTES,
        }
      : undefined,
  };
}

const uploadTooLargeMessage = (maxUploadBytes: number) =>
  `An upload may carry at most ${describeBytes(maxUploadBytes)} of files (UPLOAD_MAX_FILE_SIZE_MB) and ` +
  `${MULTIPART_MAX_FIELDS} text fields of ${describeBytes(MULTIPART_FIELDS_LIMIT_BYTES)} in all: send less.`;
