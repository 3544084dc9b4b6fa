import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { cache } from 'react';
import { TreatmentView } from '@/components/treatment/treatment-view';
import { env } from '@/env';
import { getTreatmentBySlug } from '@/lib/cms/treatments';
import { redirectOrNotFound } from '@/lib/cms/redirects';
import { treatmentPageJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/lib/seo/json-ld-script';
import { treatmentMetadata } from '@/lib/seo/metadata';

interface TreatmentPageProps {
  params: Promise<{ slug: string }>;
}

/** Pages render on first request and are then served from the cache until a CMS change revalidates their tags. */
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

/** Re-render once a day (from cached CMS data) so date-derived notices such as "review overdue" stay true. */
export const revalidate = 86400;

/** One read per request for the metadata and the page. */
const loadTreatment = cache((slug: string, draft: boolean) => getTreatmentBySlug(slug, { draft }));

export async function generateMetadata({ params }: TreatmentPageProps): Promise<Metadata> {
  const [{ slug }, { isEnabled: draft }] = await Promise.all([params, draftMode()]);
  const treatment = await loadTreatment(slug, draft);
  return treatment ? treatmentMetadata(treatment, { cmsUrl: env.CMS_URL, draft }) : {};
}

export default async function TreatmentPage({ params }: TreatmentPageProps) {
  const [{ slug }, { isEnabled: draft }] = await Promise.all([params, draftMode()]);
  const treatment = await loadTreatment(slug, draft);
  if (!treatment) return redirectOrNotFound('treatment', slug);
  return (
    <>
      <JsonLd data={treatmentPageJsonLd(treatment, { siteUrl: env.SITE_URL, cmsUrl: env.CMS_URL })} />
      <TreatmentView treatment={treatment} now={new Date()} />
    </>
  );
}
