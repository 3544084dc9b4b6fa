import type { TreatmentSummary } from '@skinfacts/shared';
import { formatWindow, describeDowntime, describeResultsOnset } from '@skinfacts/shared/readiness-format';
import { describePrecaution, longestBeforeWindow } from '@/lib/format/precaution';
import styles from './results-timeline.module.css';

type TimelineFacts = Pick<TreatmentSummary, 'precautions' | 'downtime' | 'resultsOnset'>;

interface Stage {
  title: string;
  detail: string[];
}

/** The stages of a treatment in time order, each built from data; stages without data are left out. */
export function timelineStages(treatment: TimelineFacts): Stage[] {
  const stages: Stage[] = [];
  const longest = longestBeforeWindow(treatment.precautions);
  if (longest) {
    stages.push({
      title: 'Before your appointment',
      detail: [
        `Check the precautions early: the longest, ${longest.subject}, starts ${formatWindow(longest.windowValue, longest.windowUnit)} before.`,
      ],
    });
  }
  const afterCare = treatment.precautions.filter((precaution) => precaution.relation === 'after');
  if (treatment.downtime || afterCare.length > 0) {
    stages.push({
      title: 'Recovery',
      detail: [
        ...(treatment.downtime ? [`Downtime: ${describeDowntime(treatment.downtime)}`] : []),
        ...afterCare.map(describePrecaution),
      ],
    });
  }
  if (treatment.resultsOnset) {
    stages.push({ title: 'Results', detail: [describeResultsOnset(treatment.resultsOnset)] });
  }
  return stages;
}

export function ResultsTimeline({ treatment }: { treatment: TimelineFacts }) {
  const stages = timelineStages(treatment);
  if (stages.length === 0) return null;
  return (
    <ol className={styles.timeline}>
      {stages.map((stage) => (
        <li key={stage.title}>
          <h3 className={styles.title}>{stage.title}</h3>
          {stage.detail.map((line) => (
            <p key={line} className={styles.detail}>
              {line}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
