import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export type Loaded<T> = { state: 'loading' } | { state: 'error' } | { state: 'ready'; value: T };

/**
 * GETs one of the editor-dashboard routes with the admin's login (Strapi's fetch client) and checks the
 * answer's shape with `parse` before the widget shows it.
 */
export function useDashboardData<T>(path: string, parse: (body: unknown) => T | null): Loaded<T> {
  const { get } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    get<unknown>(path).then(
      (response) => {
        const value = parse(response.data);
        if (live) setLoaded(value === null ? { state: 'error' } : { state: 'ready', value });
      },
      () => {
        if (live) setLoaded({ state: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [get, path, parse]);
  return loaded;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
