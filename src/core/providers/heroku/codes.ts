// Heroku router H-codes (providers.md §1.10). Visitors see them only when a page shows them.
import type { Failure } from '../../types';
import { table } from '../../verdict';

export const HEROKU_CODES: Readonly<Record<string, [Failure, string]>> = table({
  H10: ['origin', 'app crashed'], H11: ['origin', 'backlog too deep'], H12: ['origin', 'request timeout'],
  H13: ['origin', 'connection closed without response'], H14: ['origin', 'no web dynos running'],
  H15: ['origin', 'idle connection'], H18: ['origin', 'server request interrupted'],
  H19: ['origin', 'backend connection timeout'], H20: ['origin', 'app boot timeout'],
  H21: ['origin', 'backend connection refused'], H22: ['origin', 'connection limit reached'],
  H23: ['origin', 'endpoint misconfigured'], H80: ['origin', 'maintenance mode'], H99: ['edge', 'Heroku platform error'],
});
