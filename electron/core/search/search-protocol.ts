/**
 * What the main thread and the search worker say to each other: one request names an IndexEngine method
 * and its arguments, one response carries its value or an IndexError's kind and message. The same
 * `answer` serves the worker and the inline engine, so both behave alike.
 */
import { IndexError, type IndexEngine } from './index-engine.ts';

/** The engine methods that may be called across the thread boundary. */
export type EngineApi = Pick<IndexEngine, 'open' | 'write' | 'search' | 'snippets' | 'optimize' | 'close'>;
export type EngineMethod = keyof EngineApi;

export interface IndexRequest<M extends EngineMethod = EngineMethod> {
  seq: number;
  method: M;
  args: Parameters<EngineApi[M]>;
}

export type IndexResponse =
  | { seq: number; ok: true; value: unknown }
  | { seq: number; ok: false; kind: IndexError['kind']; message: string };

/** Runs one request against the engine; never throws. */
export function answer(engine: EngineApi, request: IndexRequest): IndexResponse {
  try {
    const method = engine[request.method] as (...args: unknown[]) => unknown;
    return { seq: request.seq, ok: true, value: method.apply(engine, request.args) };
  } catch (error) {
    if (error instanceof IndexError) return { seq: request.seq, ok: false, kind: error.kind, message: error.message };
    return { seq: request.seq, ok: false, kind: 'damaged', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The error a failed response stands for. */
export function responseError(response: Extract<IndexResponse, { ok: false }>): IndexError {
  return new IndexError(response.kind, response.message);
}
