/** A full page load, so nothing rendered from drafts stays in the client's router cache. */
export function loadPage(path: string): void {
  window.location.assign(path);
}
