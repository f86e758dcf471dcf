/** An RFC 9457 answer as ispflow sends it (docs/api.md): a stable code, and field errors for bad input. */
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(summaryOf(problem));
  }
}

/** What a problem says in one line: its detail, else its title, else its status. */
function summaryOf(problem: Problem): string {
  return problem.detail ?? problem.title ?? `the server answered ${problem.status}`;
}

/** A failed call's answer as a Problem, whatever the server or a proxy in between sent. */
export function problemOf(status: number, body: unknown): Problem {
  if (typeof body === 'object' && body !== null && ('code' in body || 'detail' in body)) {
    return { ...(body as Omit<Problem, 'status'>), status };
  }
  return { status, detail: typeof body === 'string' && body.length > 0 && body.length < 200 ? body : `the server answered ${status}` };
}

export interface ShownProblem {
  /** Messages for the form's own fields, to show next to them. */
  fields: Record<string, string>;
  /** What no field of the form names, to show above it; null when every error has its field. */
  message: string | null;
}

/**
 * Splits a problem into errors next to the fields the form has, and one message for the rest.
 * `codeFields` names the field a refusal without field errors is about (a 409 for a value another
 * resource holds), so that it too appears next to its field.
 */
export function showProblem(problem: Problem, formFields: readonly string[], codeFields: Readonly<Record<string, string>> = {}): ShownProblem {
  const errors = problem.errors ?? [];
  if (errors.length === 0) {
    const field = problem.code === undefined ? undefined : codeFields[problem.code];
    return field !== undefined && formFields.includes(field)
      ? { fields: { [field]: summaryOf(problem) }, message: null }
      : { fields: {}, message: summaryOf(problem) };
  }
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const error of errors) {
    if (formFields.includes(error.field)) {
      fields[error.field] = error.message;
    } else {
      rest.push(error.message);
    }
  }
  return { fields, message: rest.length > 0 ? rest.join('; ') : null };
}
