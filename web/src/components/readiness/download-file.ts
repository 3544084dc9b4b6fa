/**
 * Saves text as a file through a Blob, an object URL and a temporary <a download>. Browser-only.
 * Returns false when the browser cannot do it, so the caller can say so instead of failing silently.
 */
export function downloadTextFile(text: string, fileName: string, type: string): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by now; keep the URL a moment longer for slower browsers.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
