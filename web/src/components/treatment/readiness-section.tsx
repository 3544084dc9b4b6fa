import type { Precaution } from '@skinfacts/shared';
import { ReadinessChecker } from '@/components/readiness/readiness-checker';

/** The readiness checker on a treatment page; the articles' facts boxes link here ("#readiness"). */
export function ReadinessSection({
  treatmentName,
  precautions,
}: {
  treatmentName: string;
  precautions: Precaution[];
}) {
  return (
    <section id="readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Am I ready for my appointment?</h2>
      <ReadinessChecker treatmentName={treatmentName} precautions={precautions} />
    </section>
  );
}
