// Waits for a transaction's requests, then for its completion. The transaction's own error is the one to
// report: a quota failure at commit shows there, while each pending request only says "aborted".
export async function transactionDone(tx: { done: Promise<void> }, requests: readonly Promise<unknown>[]): Promise<void> {
  const [, done] = await Promise.allSettled([Promise.allSettled(requests), tx.done]); // no rejection left unheard
  if (done.status === 'rejected') throw done.reason;
}
