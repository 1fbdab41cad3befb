import * as v from 'valibot';
import { api, isMethodName, type MethodInput, type MethodName, type MethodOutput, type MethodParsedInput } from '../shared/contract.ts';
import { ErrorCode, type Result } from '../shared/errors.ts';
import { CoreError } from './core-error.ts';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};

/** For callers that know the method at compile time (CLI, main, tools): the result type follows the method. */
export type TypedDispatch = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
/** For names and inputs that arrive over a wire (IPC, the browser shell's binding): checked at run time only. */
export type UntypedDispatch = (method: unknown, input: unknown) => Promise<Result<unknown>>;

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
export function createDispatch(handlers: Handlers): { dispatch: TypedDispatch; dispatchUntyped: UntypedDispatch } {
  const dispatchUntyped: UntypedDispatch = async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, code: ErrorCode.unknownMethod, message: `Lectern has no action called "${String(method)}".` };
    }
    const parsed = v.safeParse(api[method].input, input ?? {});
    if (!parsed.success) {
      return { ok: false, code: ErrorCode.invalidInput, message: `Invalid input for ${method}: ${describeIssues(parsed.issues)}.` };
    }
    try {
      // The handler table is indexed by the same name the schema was; TypeScript cannot pair the two through a union.
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.output) };
    } catch (error) {
      if (error instanceof CoreError) return { ok: false, code: error.code, message: error.message };
      console.error(`lectern: ${method} failed`, error);
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, code: ErrorCode.internal, message: `Something went wrong in ${method}: ${detail}` };
    }
  };
  // The run-time path is the same; only the compile-time view differs, and the handler table guarantees the output type.
  const dispatch = dispatchUntyped as TypedDispatch;
  return { dispatch, dispatchUntyped };
}
