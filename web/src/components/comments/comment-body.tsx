import { toParagraphs } from '@/lib/comments/autolink';

/** A comment body as plain text: paragraphs, http(s) URLs as nofollow links — React text nodes only. */
export function CommentBody({ body }: { body: string }) {
  return (
    <>
      {toParagraphs(body).map((segments, paragraph) => (
        <p key={paragraph}>
          {segments.map((segment, index) =>
            segment.kind === 'link' ? (
              <a key={index} href={segment.href} rel="nofollow ugc noopener">
                {segment.text}
              </a>
            ) : (
              <span key={index}>{segment.text}</span>
            ),
          )}
        </p>
      ))}
    </>
  );
}
