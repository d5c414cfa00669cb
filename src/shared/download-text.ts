// Hands text to the browser as a download (options page, history view): a Blob behind an a[download] link,
// clicked, then released. No downloads permission needed.
export function downloadText(doc: Document, { filename, mime, text }: { filename: string; mime: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Released after the click has been handed over; revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
