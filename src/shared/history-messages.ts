// Messages about the failure history (issue 4): the popup's history view and the options page.
// 'history-export' and 'history-clear' are the contract the options page relies on; keep their shapes.

export interface HistoryMessages {
  'history-export': { request: { type: 'history-export'; format: 'json' | 'csv' }; response: { filename: string; mime: string; text: string } };
  'history-clear': { request: { type: 'history-clear' }; response: { cleared: number } };
}
