import { avatarColour, initialsOf } from '@/lib/comments/initials-avatar';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** The generated initials avatar as an image of its own: what the avatar route serves when no picture loads. */
export function initialsSvg(name: string): string {
  const initials = initialsOf(name).replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">',
    `<rect width="64" height="64" fill="${avatarColour(name)}"/>`,
    '<text x="32" y="32" dy=".35em" text-anchor="middle" font-family="system-ui, sans-serif" font-size="26" fill="#fff">',
    `${initials}</text></svg>`,
  ].join('');
}
