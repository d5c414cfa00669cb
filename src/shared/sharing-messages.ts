// Messages about report sharing: the options page asks the background what is queued and what was sent
// (the outbox and sharing's meta live in the background's store), and has it delete the queue.

export interface SharingView {
  queued: string[]; // the outbox as the batches that will be sent, each exactly as it will be sent
  lastBatch?: { body: string; sentAt: number };
  problem?: { at: number; message: string; dropped: number };
}

export interface SharingMessages {
  'sharing-view': { request: { type: 'sharing-view' }; response: SharingView };
  'sharing-clear': { request: { type: 'sharing-clear' }; response: true };
}
