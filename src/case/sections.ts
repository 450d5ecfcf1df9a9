/**
 * Section ids of the report, in order. Authenticity cases follow the 23-section structure of
 * shared/domain/amazon-appeals.md §2; performance cases follow Amazon's steps for metrics.
 * Titles live in the message catalogue as `section.<id>`.
 */
export const AUTHENTICITY_SECTIONS = [
  'issue',
  'products',
  'sourcing',
  'returnComments',
  'returnInspection',
  'returnRatio',
  'rootCause',
  'actionsTaken',
  'authenticityRules',
  'qualityRules',
  'purchasingRules',
  'supplierReview',
  'supplierSelection',
  'listings',
  'futureProducts',
  'excludedBrands',
  'restrictedProducts',
  'brandScreening',
  'packingPolicy',
  'shippingChecks',
  'removedInventory',
  'policyTraining',
  'apology',
] as const;

export const PERFORMANCE_SECTIONS = [
  'perfNotice',
  'metricHistory',
  'processRootCause',
  'immediateFix',
  'perfActionsTaken',
  'prevention',
  'request',
] as const;

export type AuthenticitySectionId = (typeof AUTHENTICITY_SECTIONS)[number];
export type PerformanceSectionId = (typeof PERFORMANCE_SECTIONS)[number];
export type SectionId = AuthenticitySectionId | PerformanceSectionId;

export const ALL_SECTIONS: readonly SectionId[] = [
  ...AUTHENTICITY_SECTIONS,
  ...PERFORMANCE_SECTIONS,
];

export function sectionsFor(kind: 'authenticity' | 'performance'): readonly SectionId[] {
  return kind === 'authenticity' ? AUTHENTICITY_SECTIONS : PERFORMANCE_SECTIONS;
}

/** Which section holds the root cause, the actions taken and the prevention, per kind. */
export const PLAN_ROLES = {
  authenticity: {
    rootCause: ['rootCause'],
    actionsTaken: ['actionsTaken'],
    prevention: [
      'authenticityRules',
      'qualityRules',
      'purchasingRules',
      'supplierReview',
      'supplierSelection',
      'brandScreening',
      'shippingChecks',
      'policyTraining',
    ],
  },
  performance: {
    rootCause: ['processRootCause'],
    actionsTaken: ['perfActionsTaken', 'immediateFix'],
    prevention: ['prevention'],
  },
} as const satisfies Record<string, Record<string, readonly SectionId[]>>;
