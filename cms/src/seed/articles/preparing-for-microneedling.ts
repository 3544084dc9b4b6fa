import { MEDICAL_REVIEWER } from '../authors';
import { bulletList, heading, paragraph } from '../blocks';
import { cite } from '../references';
import type { ArticleSeed } from '../types';

export const PREPARING_FOR_MICRONEEDLING: ArticleSeed = {
  title: 'Preparing for microneedling: what to pause, and what to expect on the day',
  slug: 'preparing-for-microneedling',
  excerpt:
    'What to stop and when before a microneedling session, what to tell your practitioner, how the appointment ' +
    'runs and how the first days afterwards usually go.',
  status: 'published',
  author: 'lucia-ferrer',
  topics: ['preparation-and-aftercare'],
  treatments: ['microneedling'],
  seo: {
    metaTitle: 'Preparing for microneedling: what to pause and what to expect',
    metaDescription:
      'Retinoids, sun and isotretinoin: what to avoid before microneedling, what happens during the session ' +
      'and how skin recovers in the first days.',
  },
  medicalReview: { reviewer: MEDICAL_REVIEWER, lastReviewedAt: '2026-05-06', reviewIntervalMonths: 12 },
  references: cite('alster2018', 'waldman2017', 'iriarte2017'),
  commentsOpen: true,
  body: [
    paragraph(
      'Most of what makes a microneedling session go smoothly happens before you arrive. A few products and ' +
        'habits make the skin more reactive, and one medicine rules the treatment out for months. None of this ' +
        'is complicated, but the timings matter, so it helps to plan a week or two ahead.',
    ),
    heading('Months ahead: isotretinoin'),
    paragraph(
      'If you have taken **isotretinoin** (an oral acne medicine, sold under several brand names) in the last ' +
        '**six months**, clinics will usually decline to treat you until that time has passed. The drug changes ' +
        'how skin heals, and older reports linked procedures during or soon after a course to poor healing and ' +
        'scarring. More recent expert consensus has questioned how strong that evidence is for gentler ' +
        'procedures, but the six-month wait remains standard practice. If your dates are close, ask a ' +
        'dermatologist rather than guessing.',
    ),
    heading('The day before: three things to avoid for 24 hours'),
    bulletList([
      '**Retinoids**, including prescription tretinoin and adapalene and over-the-counter retinol. They make the ' +
        'surface more sensitive, so the needling is more likely to sting and peel.',
      '**Treatments for auto-immune illnesses.** Some of these medicines slow healing. This is the one item you ' +
        'should never act on alone: talk to the doctor who prescribes it before changing anything, and tell your ' +
        'practitioner what you take.',
      '**Sun on the area to be treated.** Sunburnt or freshly tanned skin is already inflamed, and needling it ' +
        'raises the chance of irritation and of dark patches later.',
    ]),
    paragraph(
      'The microneedling fact page has a readiness checker: enter your appointment date and when you last used ' +
        'each product, and it tells you for each precaution whether you are fine or should wait.',
    ),
    heading('Tell your practitioner about'),
    bulletList([
      'Cold sores in the past, since needling around the mouth can trigger an outbreak.',
      'Active acne, a skin infection, or a flare of eczema, psoriasis or rosacea in the area.',
      'A tendency to form raised (keloid) scars.',
      'Blood-thinning medicines, pregnancy, and any recent procedures on the same area.',
    ]),
    heading('On the day'),
    paragraph(
      'Arrive with clean skin and no make-up if you can. The practitioner cleanses the area and applies a numbing ' +
        'cream, which needs roughly half an hour to work. The needling itself takes about 15 to 30 minutes for ' +
        'a full face. Most people feel pressure and a light scratching, strongest over bony areas such as the ' +
        'forehead and jawline. A soothing serum is usually applied at the end.',
    ),
    heading('The first few days'),
    paragraph(
      'Expect redness similar to a mild sunburn, some tightness and perhaps slight swelling. For most people ' +
        'this fades within one to three days. Common aftercare advice, which your clinic may adjust:',
    ),
    bulletList([
      'Use a gentle cleanser and a plain moisturiser; skip acids, retinoids and scrubs for several days.',
      'Keep make-up off for about a day, and use a broad-spectrum sunscreen every morning.',
      'Avoid saunas, swimming pools and hard exercise for the first day or two.',
      'Contact the clinic if redness worsens after the second day, or you notice pus, fever or spreading pain.',
    ]),
    heading('When to judge the result'),
    paragraph(
      'Because the skin builds new collagen slowly, the result of a course is usually judged three to twelve ' +
        'months later. Photos taken before the first session, in the same light, make that comparison far more ' +
        'reliable than memory.',
    ),
  ],
};
