import type { ProxyMode } from '../../../scripts/lib/switchable-proxy';
import { stack } from './stack';

/**
 * Switches the site's connection to the CMS (a pass-through the test stack puts between them): `refuse` is
 * a CMS that is down, `hang` one that accepts connections and never answers, `open` is back to normal.
 * The CMS itself keeps running, and tests still reach it directly at stack.cmsUrl.
 */
export async function setCmsLink(mode: ProxyMode): Promise<void> {
  const response = await fetch(`${stack.cmsProxyControl}/${mode}`, { method: 'POST' });
  if (response.status !== 204)
    throw new Error(`could not switch the CMS link to ${mode}: ${response.status}`);
}
