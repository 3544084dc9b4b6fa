/** The units a treatment's time spans and precaution windows are given in. Zod-free, so browser code can use it. */
export const TIME_UNITS = ['hour', 'day', 'week', 'month'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
