import { avatarIdSchema } from '@skinfacts/shared';
import { fetchPicture } from '@/lib/avatars/fetch-picture';
import { initialsSvg } from '@/lib/avatars/initials-svg';
import { getAvatarSource } from '@/lib/cms/commenter-accounts';
import { noStoreJson } from '@/lib/http/json-response';
import { env } from '@/env';

type Context = { params: Promise<{ id: string }> };

/** What any avatar answer carries: the browser must take it as the image it says it is, running nothing. */
const IMAGE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'",
};
/** A picture: a day in browsers and at the edge (one fetch from the provider per day, not per reader). */
const PICTURE_CACHE = 'public, max-age=86400';
/** The initials instead: an hour, so a provider that was down gets another chance soon. */
const FALLBACK_CACHE = 'public, max-age=3600';

/**
 * GET /api/auth/avatar/<avatarId> — a commenter's picture (their provider's, or Gravatar's for guests when the
 * setting is on), fetched by this server so readers' browsers never call a third party. The CMS says where it
 * lives; a picture that cannot be fetched or is not a small PNG/JPEG/WebP/GIF becomes generated initials.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  // Declares no parameters: each made-up query would be a cache miss at the edge and another fetch here.
  if (new URL(request.url).search !== '') {
    return noStoreJson(
      { error: 'This address takes no query parameters: remove everything after "?".' },
      400,
    );
  }
  const avatarId = avatarIdSchema.safeParse((await params).id);
  if (!avatarId.success) return noStoreJson({ error: 'No picture has this id.' }, 404);
  const source = await getAvatarSource(avatarId.data).catch(() => undefined);
  if (source === undefined) return noStoreJson({ error: 'Pictures are unavailable just now.' }, 503);
  if (source === null) return noStoreJson({ error: 'No picture has this id.' }, 404);

  const allowedPrivate = env.AVATAR_ALLOWED_PRIVATE_ADDRESSES;
  const picture = source.url ? await fetchPicture(source.url, { allowedPrivate }) : null;
  if (picture) {
    return new Response(picture.bytes, {
      headers: { ...IMAGE_HEADERS, 'Content-Type': picture.contentType, 'Cache-Control': PICTURE_CACHE },
    });
  }
  return new Response(initialsSvg(source.name), {
    headers: {
      ...IMAGE_HEADERS,
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': FALLBACK_CACHE,
    },
  });
}
