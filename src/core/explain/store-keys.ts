// Every message key src/store picks for its status's problem: each must exist in src/locales/en/store.json
// (t() only accepts keys that do, so tsc checks this list against the JSON). Listed here, beside the others,
// because a Phrase names every key it may carry.
export type StoreKey =
  | 'storeBlocked'
  | 'storeFull'
  | 'storeReasonPrivateWindow'
  | 'storeUnavailable'
  | 'storeWriteFailed';
