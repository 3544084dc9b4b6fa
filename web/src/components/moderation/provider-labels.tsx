'use client';
import { createContext, useContext } from 'react';
import type { CommenterProvider } from '@skinfacts/shared';
import { NAMED_PROVIDER_LABELS } from '@skinfacts/shared/commenter-providers';

/**
 * The sign-in providers' names, as the site shows them: the CMS knows only a provider's key, and the generic
 * OpenID Connect provider's name is the site's OIDC_NAME, so the server page passes the labels in.
 */
export type ProviderLabels = Record<CommenterProvider, string>;

const ProviderLabelsContext = createContext<ProviderLabels>({
  ...NAMED_PROVIDER_LABELS,
  oidc: 'OpenID Connect',
});

export const ProviderLabelsProvider = ProviderLabelsContext.Provider;

export const useProviderLabel = (provider: CommenterProvider) => useContext(ProviderLabelsContext)[provider];
