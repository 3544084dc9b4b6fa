import type { Schema, Struct } from '@strapi/strapi';

export interface FactsAlias extends Struct.ComponentSchema {
  collectionName: 'components_facts_aliases';
  info: {
    description: 'Another name the treatment is known by.';
    displayName: 'Alias';
    icon: 'hashtag';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface FactsBenefit extends Struct.ComponentSchema {
  collectionName: 'components_facts_benefits';
  info: {
    description: 'What the treatment is used for.';
    displayName: 'Benefit';
    icon: 'star';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface FactsMedicalReview extends Struct.ComponentSchema {
  collectionName: 'components_facts_medical_reviews';
  info: {
    description: 'Who checked the medical facts and when. Overdue status is derived from the interval.';
    displayName: 'Medical review';
    icon: 'shield';
  };
  attributes: {
    lastReviewedAt: Schema.Attribute.Date;
    reviewer: Schema.Attribute.Relation<'oneToOne', 'api::author.author'>;
    reviewIntervalMonths: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 60;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<12>;
  };
}

export interface FactsPerformer extends Struct.ComponentSchema {
  collectionName: 'components_facts_performers';
  info: {
    description: 'A professional who may perform the treatment.';
    displayName: 'Performed by';
    icon: 'user';
  };
  attributes: {
    role: Schema.Attribute.Enumeration<
      ['aesthetician', 'dermatologist', 'plastic-surgeon', 'nurse', 'doctor']
    > &
      Schema.Attribute.Required;
  };
}

export interface FactsPrecaution extends Struct.ComponentSchema {
  collectionName: 'components_facts_precautions';
  info: {
    description: 'Something to avoid before or after a treatment, with a machine-readable time window.';
    displayName: 'Precaution';
    icon: 'exclamationMarkCircle';
  };
  attributes: {
    advice: Schema.Attribute.Enumeration<['avoid', 'consult', 'not-eligible']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'avoid'>;
    kind: Schema.Attribute.Enumeration<['medication', 'activity', 'condition', 'procedure']> &
      Schema.Attribute.Required;
    reason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    relation: Schema.Attribute.Enumeration<['before', 'after']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'before'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    windowUnit: Schema.Attribute.Enumeration<['hour', 'day', 'week', 'month']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'hour'>;
    windowValue: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
  };
}

export interface FactsRange extends Struct.ComponentSchema {
  collectionName: 'components_facts_ranges';
  info: {
    description: 'A span of time, e.g. 3\u201312 months. Minimum must not exceed maximum.';
    displayName: 'Range';
    icon: 'arrowRight';
  };
  attributes: {
    max: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    min: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    unit: Schema.Attribute.Enumeration<['hour', 'day', 'week', 'month']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'day'>;
  };
}

export interface SharedCitation extends Struct.ComponentSchema {
  collectionName: 'components_shared_citations';
  info: {
    description: 'A reference that supports a claim.';
    displayName: 'Citation';
    icon: 'book';
  };
  attributes: {
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    publisher: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1800;
        },
        number
      >;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'Overrides for search engines and social sharing.';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'facts.alias': FactsAlias;
      'facts.benefit': FactsBenefit;
      'facts.medical-review': FactsMedicalReview;
      'facts.performer': FactsPerformer;
      'facts.precaution': FactsPrecaution;
      'facts.range': FactsRange;
      'shared.citation': SharedCitation;
      'shared.seo': SharedSeo;
    }
  }
}
