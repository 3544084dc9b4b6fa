'use client';
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ModerationStatus } from '@skinfacts/shared';
import { commentQuery } from './console-api';
import { ModerationRequestError } from './queue-api';

/**
 * The comment a link named (`/moderation?comment=<documentId>`, as in the held-comment mails), fetched by id
 * whatever its status or page. Once found, `onFound` opens its status's tab (once: a later decision must not
 * move the moderator). `problem` says why it cannot be shown.
 */
export function useLinkedComment(documentId: string | null, onFound: (status: ModerationStatus) => void) {
  const query = useQuery({ ...commentQuery(documentId ?? ''), enabled: documentId !== null });
  const opened = useRef(false);
  const found = query.data;
  useEffect(() => {
    if (!found || opened.current) return;
    opened.current = true;
    onFound(found.moderationStatus);
  }, [found, onFound]);

  const problem = !query.isError
    ? null
    : query.error instanceof ModerationRequestError && query.error.status === 404
      ? `The linked comment (${documentId}) does not exist: it may have been deleted.`
      : `The linked comment could not be loaded: ${query.error.message}`;
  return { comment: found ?? null, problem };
}
