import type { Precaution, ReadinessItem, ReadinessResult } from '@skinfacts/shared';

/** A verdict with the facts of its precaution that the wording needs. */
export type ReadinessEntry = ReadinessItem & Pick<Precaution, 'kind' | 'advice' | 'relation'>;

/** Each verdict joined with its precaution. The engine keeps the precautions' order, so pair by position. */
export function entriesOf(precautions: readonly Precaution[], result: ReadinessResult): ReadinessEntry[] {
  return result.items.flatMap((item, index) => {
    const byIndex = precautions[index];
    const precaution =
      byIndex?.subject === item.subject
        ? byIndex
        : precautions.find(({ subject }) => subject === item.subject);
    if (!precaution) return [];
    return [{ ...item, kind: precaution.kind, advice: precaution.advice, relation: precaution.relation }];
  });
}
