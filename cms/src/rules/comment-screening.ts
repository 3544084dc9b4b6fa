/** What a comment's text says about it, WordPress-style: hold it for a moderator, or file it as spam. */
export type ScreeningSettings = {
  autoApprove: boolean;
  maxLinks: number;
  moderationWords: string[];
  disallowedWords: string[];
};

export type ScreenedText = {
  authorName: string;
  authorEmail: string;
  authorUrl?: string | undefined;
  body: string;
};

export type Screening = { verdict: 'spam' | 'hold' | 'clean'; reasons: string[] };

/** One word or phrase per line (commas work too); blank lines ignored, case ignored. */
export function parseWordList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,]/)
        .map((word) => word.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

const LINK = /\bhttps?:\/\/|\bwww\./gi;

/** Signs that a comment discusses someone's treatment in a way a moderator should read before it shows. */
const HEALTH_SIGNALS: Array<{ reason: string; pattern: RegExp }> = [
  {
    reason: 'mentions a dose',
    pattern: /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|g|ml|iu|units?|%)(?![\p{L}\p{N}])/iu,
  },
  {
    reason: 'mentions a medication',
    pattern:
      /\b(?:isotretinoin|accutane|roaccutane|tretinoin|retin-a|adapalene|tazarotene|hydroquinone|methotrexate|prednisone|warfarin|doxycycline|minocycline|spironolactone|botox)\b/i,
  },
  { reason: 'contains a phone number', pattern: /(?:\+|\b)\d(?:[\s().-]?\d){7,}\b/ },
  { reason: 'contains an email address', pattern: /[^\s@]+@[^\s@]+\.[a-z]{2,}/i },
];

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function containsWord(haystack: string, word: string) {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(haystack);
}

export function countLinks(text: string) {
  return (text.match(LINK) ?? []).length;
}

/**
 * Disallowed words (in any field) mark spam; too many links, a moderation word or a health signal hold the
 * comment for a moderator. Every reason is returned, for the moderation queue.
 */
export function screenComment(comment: ScreenedText, settings: ScreeningSettings): Screening {
  const everything = [comment.authorName, comment.authorEmail, comment.authorUrl ?? '', comment.body].join(
    '\n',
  );
  const disallowed = settings.disallowedWords.filter((word) => containsWord(everything, word));
  if (disallowed.length > 0)
    return { verdict: 'spam', reasons: disallowed.map((word) => `disallowed word "${word}"`) };

  const reasons: string[] = [];
  const links = countLinks(comment.body);
  if (links > settings.maxLinks) reasons.push(`${links} links (more than ${settings.maxLinks})`);
  for (const word of settings.moderationWords) {
    if (containsWord(everything, word)) reasons.push(`moderation word "${word}"`);
  }
  for (const signal of HEALTH_SIGNALS) {
    if (signal.pattern.test(comment.body)) reasons.push(signal.reason);
  }
  return { verdict: reasons.length > 0 ? 'hold' : 'clean', reasons };
}
