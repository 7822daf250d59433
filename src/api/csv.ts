// CSV answers streamed from a database cursor: lines go out as rows arrive, and the next chunk is read only once
// the client has taken the last one (backpressure), so memory stays flat however many rows match.
import type { Response } from 'express';
import { once } from 'node:events';
import { maskSecrets } from '../security/mask';

export type CsvValue = string | number | boolean | null | undefined | object;

/** Spreadsheets run a cell starting with one of these as a formula (CSV injection); a leading ' keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 cell: empty for null, JSON for objects, quoted when it holds a quote, comma or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export interface CsvExport<T> {
  filename: string;
  /** Column names, in order: the header line and the keys read from each record. */
  columns: readonly string[];
  rows: AsyncIterable<T>;
  toRecord: (row: T) => Record<string, CsvValue>;
  /** For tokens that may not see secrets: URL credentials and secret fields masked as in JSON answers. */
  masked: boolean;
}

/** Lines are batched into writes of about this size: one write per row would cost a syscall each. */
const WRITE_BYTES = 64 * 1024;

/**
 * Streams the export as the response. The first chunk is read before anything is sent, so a database that is down
 * still gets a proper problem answer; a failure later can only cut the download short.
 */
export async function sendCsv<T>(res: Response, { filename, columns, rows, toRecord, masked }: CsvExport<T>): Promise<void> {
  const iterator = rows[Symbol.asyncIterator]();
  let next = await iterator.next();
  res.status(200);
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  let pending = csvLine(columns);
  try {
    for (; !next.done; next = await iterator.next()) {
      const record = masked ? (maskSecrets(toRecord(next.value)) as Record<string, CsvValue>) : toRecord(next.value);
      pending += csvLine(columns.map((column) => record[column]));
      if (pending.length < WRITE_BYTES) continue;
      if (!(await write(res, pending))) return;
      pending = '';
    }
    res.end(pending);
  } finally {
    // A client that went away ends the iteration early: returning closes the cursor and frees its connection.
    if (!next.done) await iterator.return?.();
  }
}

/** Writes a batch, waiting while the client's buffer is full; false when the client has gone. */
async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(chunk)) return true;
  const stop = new AbortController();
  try {
    return await Promise.race([once(res, 'drain', { signal: stop.signal }).then(() => true), once(res, 'close', { signal: stop.signal }).then(() => false)]);
  } finally {
    stop.abort(); // removes the listener that lost the race
  }
}
