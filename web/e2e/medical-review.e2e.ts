import { adminLogin, publishWith, waitForText } from '../../scripts/lib/cms-admin-api';
import { stack } from './helpers/stack';

type Review = { lastReviewedAt: string; reviewIntervalMonths: number; reviewer: { documentId: string } };

describe('the medical-review lifecycle on the site', () => {
  it('shows an overdue notice once an editor moves the review date past due, and drops it again', async () => {
    const { data: treatment } = (await (
      await fetch(`${stack.cmsUrl}/api/treatments/microneedling`)
    ).json()) as {
      data: { documentId: string; medicalReview: Review };
    };
    const pageUrl = `${stack.webUrl}/treatments/microneedling`;
    expect(await (await fetch(pageUrl)).text()).not.toMatch(/review overdue/i);

    const session = await adminLogin(stack.cmsUrl, stack.admin);
    const review = (lastReviewedAt: string) => ({
      medicalReview: {
        lastReviewedAt,
        reviewIntervalMonths: treatment.medicalReview.reviewIntervalMonths,
        reviewer: { set: [{ documentId: treatment.medicalReview.reviewer.documentId }] },
      },
    });
    await publishWith(session, 'api::treatment.treatment', treatment.documentId, review('2020-01-15'));
    try {
      await waitForText(pageUrl, 'Review overdue', 10_000);
    } finally {
      await publishWith(
        session,
        'api::treatment.treatment',
        treatment.documentId,
        review(treatment.medicalReview.lastReviewedAt),
      );
    }
    // The restore is revalidated like any publish: wait until the notice is gone again.
    for (let tries = 0; /review overdue/i.test(await (await fetch(pageUrl)).text()); tries += 1) {
      if (tries > 100) throw new Error('the overdue notice stayed after the review date was restored');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
