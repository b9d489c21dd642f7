// This office's key card and the trust list. keys.create and keys.rotate are 'job' methods: the key pairs commit in
// their own transaction (core/exchange/keys/ring.ts), then the card's QR code is drawn (asynchronous).
import type { MethodName } from '@api/contract';
import type { HandlersFor } from '../../handler';
import { createOfficeKeys, listTrusted, previewCard, rotateOfficeKeys, trustOffice } from './';
import { acceptKeyDirectory, exportKeyDirectory, heldKeyDirectory } from './directory';
import { exportCard, myCard } from './myCard';

type KeysMethods = Extract<MethodName, `keys.${string}`>;

export const keysHandlers: HandlersFor<KeysMethods> = {
  'keys.myCard': (ctx) => myCard(ctx),
  'keys.create': async (ctx) => {
    createOfficeKeys(ctx);
    return (await myCard(ctx))!;
  },
  'keys.exportCard': (ctx) => exportCard(ctx),
  'keys.previewCard': (ctx, input) => previewCard(ctx, input.card),
  'keys.trustOffice': (ctx, input) => trustOffice(ctx, input.card, input.fingerprint),
  'keys.listTrusted': (ctx) => listTrusted(ctx.store),
  'keys.rotate': async (ctx) => {
    rotateOfficeKeys(ctx);
    return (await myCard(ctx))!;
  },
  'keys.directory.export': (ctx) => exportKeyDirectory(ctx),
  'keys.directory.import': (ctx, input) => acceptKeyDirectory(ctx, input.text),
  'keys.directory.held': (ctx) => heldKeyDirectory(ctx.store),
};
