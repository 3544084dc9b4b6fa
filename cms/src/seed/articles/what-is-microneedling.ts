import { MEDICAL_REVIEWER } from '../authors';
import { bulletList, heading, paragraph } from '../blocks';
import { cite } from '../references';
import type { ArticleSeed } from '../types';

export const WHAT_IS_MICRONEEDLING: ArticleSeed = {
  title: 'What is microneedling, and how does it work?',
  slug: 'what-is-microneedling',
  excerpt:
    'Microneedling, also called collagen induction therapy, uses controlled micro-injuries to prompt the skin ' +
    'to repair itself. Here is what happens in the skin, who performs it and what a session involves.',
  status: 'published',
  author: 'maya-lindqvist',
  topics: ['treatments-explained'],
  treatments: ['microneedling'],
  seo: {
    metaTitle: 'What is microneedling and how does it work?',
    metaDescription:
      'Collagen induction therapy explained: how tiny needle channels trigger skin repair, who performs it, ' +
      'what it feels like and how long recovery takes.',
  },
  medicalReview: { reviewer: MEDICAL_REVIEWER, lastReviewedAt: '2026-02-20', reviewIntervalMonths: 12 },
  references: cite('fernandes2005', 'alster2018', 'varani2006', 'fdaMicroneedling'),
  commentsOpen: true,
  body: [
    paragraph(
      'Few treatments have a name that sounds as uncomfortable as microneedling. The idea of deliberately ' +
        'pricking your face is not an easy sell, yet it has become one of the most common procedures offered ' +
        'by skin clinics. You may also meet it as **collagen induction therapy** or skin needling: all three ' +
        'names describe the same treatment, and the longer one is the more honest about its purpose.',
    ),
    heading('The idea in one sentence'),
    paragraph(
      'Microneedling creates a large number of very small, very shallow wounds so that the skin’s own repair ' +
        'system switches on, and that repair work leaves behind new collagen and elastin, the proteins that ' +
        'keep skin firm and springy.',
    ),
    heading('What happens in the skin'),
    paragraph(
      'A practitioner moves a motorised pen or a roller covered in fine needles across the skin. Each pass opens ' +
        'hundreds of channels too narrow to see once they close. What follows is ordinary wound healing, just on ' +
        'a microscopic scale:',
    ),
    bulletList([
      '**Inflammation (hours to days):** the skin reacts to the injury, which is why it looks flushed afterwards.',
      '**Rebuilding (days to weeks):** cells called fibroblasts produce fresh collagen and elastin to fill the gaps.',
      '**Remodelling (months):** the new collagen is slowly reorganised into a stronger, more orderly structure.',
    ]),
    paragraph(
      'That last phase explains the most important practical fact about the treatment: the visible effect builds ' +
        'slowly. Results are usually judged somewhere between **three and twelve months** after a course of ' +
        'sessions, not in the mirror the following week.',
    ),
    heading('Why age comes into it'),
    paragraph(
      'Skin makes less collagen as it gets older, and it repairs itself more slowly. Laboratory studies of skin ' +
        'samples support that general picture. You will sometimes read that the decline starts at a precise age, ' +
        'with 28 a popular figure; we have not found a study that pins it to one birthday, so treat any exact age ' +
        'as a rule of thumb that still needs a reference. The gradual nature of the change is the point: ' +
        'microneedling is one way of nudging a slowing process back into action.',
    ),
    heading('Who performs it'),
    paragraph(
      'Microneedling is carried out by trained aestheticians, dermatologists and plastic surgeons. Who may use ' +
        'which needle depth depends on local rules, and deeper treatments, or treatments for scars and medical ' +
        'skin conditions, generally belong in a medical setting. Rollers sold for home use have much shorter ' +
        'needles and are not the same treatment; they also carry a higher risk of infection if they are not kept ' +
        'sterile.',
    ),
    heading('What it feels like, and the downtime'),
    paragraph(
      'A numbing cream is normally applied first, and most people describe the sensation as pressure or light ' +
        'scratching rather than pain, which is why fact sheets tend to rate it as minimal. Afterwards the skin ' +
        'looks pink or red, rather like a mild sunburn, and may feel tight. For most people that settles within ' +
        'one to three days.',
    ),
    heading('Is it suitable for every skin type?'),
    paragraph(
      'Because it does not rely on heat or light, microneedling is often described as suitable for most skin ' +
        'types and tones, including darker skin, where some lasers carry a higher risk of pigment changes. ' +
        '“Most” is not “all”, though. Active infections, a flare of eczema or psoriasis, a tendency to keloid ' +
        'scars and recent isotretinoin use can all rule it out for now. A dermatologist is the right person to ' +
        'confirm that it suits your skin.',
    ),
    heading('The short version'),
    bulletList([
      'Fine needles make controlled micro-injuries; the healing response builds collagen and elastin.',
      'Expect a course of sessions and a wait of three to twelve months for the full effect.',
      'Discomfort is usually minimal with numbing cream, and redness fades in one to three days.',
      'Check the precautions on the microneedling fact page before booking.',
    ]),
  ],
};
