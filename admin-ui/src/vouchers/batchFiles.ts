import { api } from '../api/client';
import { ApiError, problemOf } from '../api/problem';

/**
 * A batch's CSV and printable cards are fetched with the operator's token (a plain link would
 * carry none) and then handed to the browser as a blob: saved as a file, or shown in a new tab.
 */
async function batchFile(path: '/api/v1/voucher-batches/{id}/vouchers' | '/api/v1/voucher-batches/{id}/cards', batchId: string, accept: string) {
  const { data, response } = await api.GET(path, {
    params: { path: { id: batchId } },
    headers: { Accept: accept },
    parseAs: 'blob',
  });
  if (!response.ok || data === undefined) {
    throw new ApiError(problemOf(response.status, await problemBody(data)));
  }
  return { blob: data as Blob, name: fileNameOf(response.headers.get('Content-Disposition')), policy: response.headers.get('Content-Security-Policy') };
}

async function problemBody(blob: Blob | undefined): Promise<unknown> {
  const text = blob ? await blob.text() : '';
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The file name the server suggests (`attachment; filename="…"`), if it suggests one. */
export function fileNameOf(disposition: string | null): string | undefined {
  return disposition?.match(/filename="?([^";]+)"?/)?.[1];
}

/**
 * The page with the server's Content-Security-Policy as its first element in <head>: a blob URL's page
 * gets no headers, and runs with the app's origin, so the policy that kept scripts out travels inside it.
 */
export function withPolicy(html: string, policy: string | null): string {
  if (!policy) {
    return html;
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + meta) : meta + html;
}

/** Saves the batch's vouchers as a CSV file, named as the server names it. */
export async function downloadCsv(batchId: string): Promise<void> {
  const { blob, name } = await batchFile('/api/v1/voucher-batches/{id}/vouchers', batchId, 'text/csv');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? `vouchers-${batchId}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Shows the batch's printable cards in a new tab. The tab is opened at once, while the click still
 * allows it (a pop-up opened after the fetch would be blocked), and given the cards when they come.
 */
export async function openCards(batchId: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const { blob, policy } = await batchFile('/api/v1/voucher-batches/{id}/cards', batchId, 'text/html');
    const url = URL.createObjectURL(new Blob([withPolicy(await blob.text(), policy)], { type: 'text/html' }));
    if (tab) {
      tab.location.href = url;
    } else {
      window.location.href = url;
    }
  } catch (failure) {
    tab?.close();
    throw failure;
  }
}
