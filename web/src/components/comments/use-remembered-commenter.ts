'use client';
import { useMemo, useSyncExternalStore } from 'react';
import { readRemembered, type RememberedCommenter } from '@/lib/comments/remember-me';

const noSubscription = () => () => undefined;

/**
 * The name, email and website this browser remembered ("remember me" cookie), or null: always null on the
 * server and while hydrating, so the first render matches the server's HTML; read from the cookie after that.
 */
export function useRememberedCommenter(): RememberedCommenter | null {
  const cookies = useSyncExternalStore(
    noSubscription,
    () => document.cookie,
    () => '',
  );
  return useMemo(() => readRemembered(cookies), [cookies]);
}
