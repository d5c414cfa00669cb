// Saves text as a file through an <a download> on a Blob URL: no downloads permission needed.
export function downloadFile({ filename, mime, text }: { filename: string; mime: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob when the download starts, after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
