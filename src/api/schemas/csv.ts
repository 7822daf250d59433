import { z } from 'zod';
import type { OperationDoc } from '../openapi';
import { problemSchema } from './common';

/** A list query without its paging: an export takes every row the filters match. */
export function exportQuery<S extends z.ZodObject<{ limit: z.ZodType; cursor: z.ZodType }>>(listQuery: S) {
  return listQuery.omit({ limit: true, cursor: true });
}

/** The responses of a CSV export of `what`. */
export function csvResponses(what: string): OperationDoc['responses'] {
  return {
    200: {
      description: `Every ${what} the filters match, newest first, as CSV (RFC 4180, a header line first). Cells starting with = + - @ are prefixed with ' so spreadsheets never run them as formulas.`,
      schema: z.string(),
      mediaType: 'text/csv',
    },
    400: { description: 'Invalid filter', schema: problemSchema },
  };
}

/** `calls-2031-05-01.csv` */
export function csvFilename(what: string, now = new Date()): string {
  return `${what}-${now.toISOString().slice(0, 10)}.csv`;
}
