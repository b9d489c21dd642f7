import type { MethodName, ParsedInputOf, ResultOf } from '../api/contract';
import type { HandlerContext } from './context';

export type Handler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
export type HandlersFor<K extends MethodName> = { [M in K]: Handler<M> };
