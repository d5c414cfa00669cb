// Placeholder while the classifier is written; replaced in the same session.
import type { Diagnosis, Observation } from './types';
export type { Diagnosis, Failure, Observation } from './types';

export function classify(observation: Observation): Diagnosis {
  return { provider: null, failure: 'unknown', status: observation.statusCode, evidence: ['not implemented'] };
}
