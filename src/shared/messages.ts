// Messages an extension page sends to the background, and what each one answers.
// One entry per message name; the background's handler map is typed from this.
import type { Notice } from '../core/notice';
import type { Diagnosis } from '../core/types';

/** One classified request of a tab, as the popup shows it. */
export interface TabDiagnosis {
  id: string;
  url: string;
  host: string;
  type?: string;
  timeStamp: number;
  diagnosis: Diagnosis;
  /** Whether the badge counts it, and why (core/notice.ts); set in the answer to 'tab-diagnoses'. */
  notice?: Notice;
  /** How many failures this entry stands for, when alike ones past the tab's bound were counted into it. */
  repeat?: number;
}

import type { StoreStatus } from '../store/failure-store';
import type { HistoryMessages } from './history-messages';
import type { MirrorMessages } from './mirror-messages';
import type { OutageMessages } from './outage-messages';
import type { SharingMessages } from './sharing-messages';

export type { StoreStatus };

export interface Messages extends OutageMessages, MirrorMessages, HistoryMessages, SharingMessages {
  'tab-diagnoses': { request: { type: 'tab-diagnoses'; tabId: number }; response: TabDiagnosis[] };
  'store-status': { request: { type: 'store-status' }; response: StoreStatus };
}

export type MessageName = keyof Messages;
export type MessageRequest<K extends MessageName = MessageName> = Messages[K]['request'];
export type MessageResponse<K extends MessageName> = Messages[K]['response'];
