// The popup's history view (issue 4). TODO(helper B): recent failures, filters, 24 h chart, export, clear.
export function HistoryView() {
  return <section id="history" />;
}
