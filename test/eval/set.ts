// The shape of test/eval/search-eval.json, the labelled evaluation set of the four search fields.
import type { Principal } from '../../shared/auth';

export type EvalEntity = 'person' | 'document' | 'vehicle' | 'seizure';
export type EvalField = 'searchPersons' | 'searchDocuments' | 'searchVehicles' | 'searchSeizures';

export const FIELD_OF: Record<EvalEntity, EvalField> = {
  person: 'searchPersons',
  document: 'searchDocuments',
  vehicle: 'searchVehicles',
  seizure: 'searchSeizures',
};

export interface EvalArgs {
  text: string;
  criteria?: Record<string, string | number>;
  jurisdictions?: string[];
}

export interface EvalQuery {
  /** `<rule>#<n>`, stable for a given seed and size. */
  id: string;
  rule: string;
  entity: EvalEntity;
  field: EvalField;
  args: EvalArgs;
  /** Ids of every current record that is a correct answer, computed from the seeded rows (never by the search). */
  relevant: string[];
  /** What the query targets and how it was made, shown next to failures. */
  note: string;
  /**
   * Schema members the query needs (`PersonCriteria.dateOfBirthToleranceDays`); when the API lacks one, the runner
   * reports the query as not supported yet instead of failed.
   */
  requires?: string[];
}

export interface EvalRule {
  id: string;
  entity: EvalEntity;
  /** What the rule checks, in one line (shown in the report). */
  description: string;
  /** How `relevant` is defined for the rule's queries. */
  relevance: string;
}

export interface EvalSet {
  seed: number;
  size: number;
  generatedFrom: string;
  /** Who the queries are sent as; `relevant` holds only records this principal may see. */
  viewer: Principal;
  /** Digest of the seeded records (see harness.ts); the runner warns when a reseed no longer gives it. */
  fingerprint: string;
  rules: EvalRule[];
  queries: EvalQuery[];
}
