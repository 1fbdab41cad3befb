import * as v from 'valibot';
import { api, isMethodName, type MethodName, type MethodOutput, type MethodParsedInput } from '../shared/contract.ts';
import { ErrorCode, type Result } from '../shared/errors.ts';
import { CoreError } from './core-error.ts';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Builds the single entry point every shell calls. Inputs are validated against the contract here,
 * always, and nothing thrown inside a handler crosses the boundary: it becomes { ok: false }.
 */
export function createDispatch(handlers: Handlers): (method: string, input: unknown) => Promise<Result<unknown>> {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, code: ErrorCode.unknownMethod, message: `Lectern has no action called "${String(method)}".` };
    }
    const parsed = v.safeParse(api[method].input, input ?? {});
    if (!parsed.success) {
      return { ok: false, code: ErrorCode.invalidInput, message: `Invalid input for ${method}: ${describeIssues(parsed.issues)}.` };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.output) };
    } catch (error) {
      if (error instanceof CoreError) return { ok: false, code: error.code, message: error.message };
      console.error(`lectern: ${method} failed`, error);
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, code: ErrorCode.internal, message: `Something went wrong in ${method}: ${detail}` };
    }
  };
}
