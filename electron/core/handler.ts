import type { Contract, MethodName, ParsedInputOf, ResultOf } from '../api/contract';
import type { HandlerContext } from './handlerContext';

/** A 'write' handler runs inside the router's transaction, so it returns its result, never a Promise. */
type Returned<M extends MethodName> = Contract[M]['effect'] extends 'write'
  ? ResultOf<M>
  : ResultOf<M> | Promise<ResultOf<M>>;

export type Handler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInputOf<M>) => Returned<M>;
export type HandlersFor<K extends MethodName> = { [M in K]: Handler<M> };
