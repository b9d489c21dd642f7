// The city's inbox: verify, preview, apply county packages; the inbox and review lists; receipts.
export {
  importPackage,
  previewToApply,
  applyPreviewed,
  finishImports,
  acceptSnapshot,
  type ImportOptions,
} from './import';
export { releaseStaged } from './staged';
export { verifyForCity } from './verify';
export { listInbox } from './list';
export { dismissReviews, listReview, resolveReview } from './reviewList';
export { writeReceipt, type ReceiptOptions } from './receipt';
