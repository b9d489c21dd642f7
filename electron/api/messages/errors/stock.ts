// The stock error codes the backend sends, as errors.<CODE> texts that tell the keeper what to do (UI and CLI).
import type { Translated } from '../translated';

const zhCN = {
  STOCK_INSUFFICIENT: '库存不足，不能过账：有批次的数量不够，请按“库存查询”核对后修改数量或批次。',
  MONTH_LOCKED: '该月已月结锁定，不能再过账这个月的单据。请改业务日期，或请审批人先解锁该月。',
  MONTH_LOCKED_month: '{{month}} 已月结锁定，不能再过账这个月的单据。请改业务日期，或请审批人先解锁该月。',
  MONTH_ALREADY_LOCKED: '这个月已经月结锁定了（锁定某月即锁定其以前各月）。',
  MONTH_NOT_LOCKED: '这个月没有锁定，无需解锁。',
  LOT_EXPIRED: '所选批次已过期。如确需发出，请在该行填写“过期仍发原因”。',
  DOCUMENT_INVALID: '单据填写不完整，请按提示改正后再保存。',
  DOCUMENT_EMPTY: '单据没有明细行，请至少添加一行物资。',
  COUNT_NOT_TYPED: '盘点单第 {{lineNos}} 行还没有填写实盘数量。请清点后填写，再审核或过账。',
  DOCUMENT_NOT_FOUND: '找不到这张单据，可能已被作废，请刷新。',
  DOCUMENT_NOT_DRAFT: '只有草稿可以修改；已审批的单据请先撤销审批。',
  DOCUMENT_NOT_APPROVED: '单据还没有审批，不能过账。请先请审批人审批。',
  DOCUMENT_POSTED: '单据已过账，不能修改或作废；如有错误请做冲销单。',
  DOCUMENT_NOT_POSTED: '只有已过账的单据才能冲销。',
  DOCUMENT_ALREADY_REVERSED: '这张单据已经冲销过了。',
  DOCUMENT_ALREADY_REVERSED_reversalNumber: '这张单据已经由冲销单 {{reversalNumber}} 冲销过了。',
  DOCUMENT_IS_REVERSAL: '冲销单不能再冲销。',
  DOCUMENT_DATE_FUTURE: '业务日期不能晚于今天。',
  APPROVER_REQUIRED: '只有审批人才能审批单据。',
  ITEM_CODE_DUPLICATE: '物资编码已被使用，请换一个。',
  WAREHOUSE_CODE_DUPLICATE: '仓库编码已被使用，请换一个。',
  LOCATION_CODE_DUPLICATE: '库位编码在这个仓库里已被使用，请换一个。',
  CATEGORY_NAME_DUPLICATE: '已有同名的物资类别。',
  CATEGORY_IN_USE: '这个类别下还有物资，不能作废。',
  NOT_FOUND: '找不到所选的记录，可能已被作废，请刷新后重选。',
  CAMPAIGN_NOT_FOUND: '找不到这个发放活动，请刷新。',
  CAMPAIGN_POSTED: '发放活动已过账，不能再修改。',
  CAMPAIGN_EMPTY: '还没有选择发放的户或物资。',
  ITEM_IN_STOCK: '这种物资还有库存，不能作废。请先发出或盘点调整到 0。',
  WAREHOUSE_IN_STOCK: '这个仓库还有库存，不能作废。请先调拨到其他仓库或盘点调整到 0。',
  CAMPAIGN_ALREADY_ISSUED: '这个发放活动已经有户领取过物资，不能再修改物资或作废。',
  CAMPAIGN_ALREADY_ISSUED_issued: '这个发放活动已有 {{issued}} 户领取过物资，不能再修改物资或作废。',
  CAMPAIGN_INVALID: '发放活动填写不完整：请填写名称、日期，并至少选一种物资（每种一次，每户数量为正整数）。',
  CAMPAIGN_NOTHING_TO_ISSUE: '没有待发放的户。请先选择发放户。',
  CAMPAIGN_STOCK_SHORT: '发出仓库的库存不够发给所有待发户，发放没有过账。请补充库存或减少发放户。',
  HOUSEHOLD_ALREADY_RECEIVED: '这一户已经领取过物资，不能从名单中移除。',
  REPORT_PERIOD_INVALID: '期间的开始日期晚于结束日期，请改正。',
  OPENING_NO_HEADER: '在表格前几行找不到表头。请确保有一行列名，如“仓库、物资名称、批号、有效期、数量、单价”。',
  OPENING_COLUMNS_MISSING: '表格缺少必需的列（物资和数量），请补上列名后重新选择文件。',
  OPENING_UNRESOLVED: '自动创建后仍有名称无法对应，导入没有进行。请检查表格中的仓库、物资和捐赠方名称。',
  OPENING_ALREADY_IMPORTED:
    '这个期初库存文件已于 {{at}} 由 {{by}} 导入过（{{documents}}），再次导入会使库存加倍，所以没有导入。',
  OPENING_AGAIN_APPROVER_ONLY: '只有审批人可以再次导入已经导入过的期初库存文件。',
};

const en: Translated<typeof zhCN> = {
  STOCK_INSUFFICIENT:
    'Not enough stock to post: some lot holds less than asked. Check Stock on hand and change the quantity or lot.',
  MONTH_LOCKED:
    'That month is closed; documents dated in it cannot be posted. Change the document date or ask an approver to reopen the month.',
  MONTH_LOCKED_month:
    '{{month}} is closed; documents dated in it cannot be posted. Change the document date or ask an approver to reopen the month.',
  MONTH_ALREADY_LOCKED: 'This month is already closed (closing a month closes every month before it).',
  MONTH_NOT_LOCKED: 'This month is not closed.',
  LOT_EXPIRED: 'A chosen lot has expired. To issue it anyway, give a reason on its line.',
  DOCUMENT_INVALID: 'The document is incomplete; fix the marked fields and save again.',
  DOCUMENT_EMPTY: 'The document has no lines; add at least one item.',
  COUNT_NOT_TYPED:
    'Line {{lineNos}} of the stock count has no counted quantity yet. Count the goods and type it in before approving or posting.',
  DOCUMENT_NOT_FOUND: 'Document not found; it may have been voided. Refresh.',
  DOCUMENT_NOT_DRAFT: 'Only drafts can be changed; withdraw the approval first.',
  DOCUMENT_NOT_APPROVED: 'The document is not approved yet; ask an approver.',
  DOCUMENT_POSTED: 'The document is posted and cannot change; reverse it instead.',
  DOCUMENT_NOT_POSTED: 'Only posted documents can be reversed.',
  DOCUMENT_ALREADY_REVERSED: 'This document has already been reversed.',
  DOCUMENT_ALREADY_REVERSED_reversalNumber: 'This document has already been reversed by {{reversalNumber}}.',
  DOCUMENT_IS_REVERSAL: 'A reversal cannot itself be reversed.',
  DOCUMENT_DATE_FUTURE: 'The document date cannot be in the future.',
  APPROVER_REQUIRED: 'Only an approver may approve documents.',
  ITEM_CODE_DUPLICATE: 'This item code is taken; choose another.',
  WAREHOUSE_CODE_DUPLICATE: 'This warehouse code is taken; choose another.',
  LOCATION_CODE_DUPLICATE: 'This location code is taken in this warehouse.',
  CATEGORY_NAME_DUPLICATE: 'A category with this name exists.',
  CATEGORY_IN_USE: 'Items still use this category; it cannot be voided.',
  NOT_FOUND: 'The chosen record was not found; it may have been voided. Refresh and choose again.',
  CAMPAIGN_NOT_FOUND: 'Campaign not found; refresh.',
  CAMPAIGN_POSTED: 'The campaign is posted and cannot change.',
  CAMPAIGN_EMPTY: 'No households or items chosen yet.',
  ITEM_IN_STOCK: 'This item is still in stock and cannot be voided. Issue it or count it down to 0 first.',
  WAREHOUSE_IN_STOCK: 'This warehouse still holds stock and cannot be voided. Transfer it or count it down to 0 first.',
  CAMPAIGN_ALREADY_ISSUED:
    'Households have already received goods in this campaign; its goods cannot change and it cannot be voided.',
  CAMPAIGN_ALREADY_ISSUED_issued:
    '{{issued}} households have already received goods in this campaign; its goods cannot change and it cannot be voided.',
  CAMPAIGN_INVALID:
    'The campaign is incomplete: give a name and a date and at least one item (each once, a whole quantity per household).',
  CAMPAIGN_NOTHING_TO_ISSUE: 'No household is waiting. Choose households first.',
  CAMPAIGN_STOCK_SHORT:
    'The warehouse does not hold enough for every waiting household; nothing was posted. Add stock or fewer households.',
  HOUSEHOLD_ALREADY_RECEIVED: 'This household has received its goods and cannot be taken off the list.',
  REPORT_PERIOD_INVALID: 'The period starts after it ends; correct the dates.',
  OPENING_NO_HEADER:
    'No header row found near the top of the sheet. Add a row of column names such as Warehouse, Item, Lot, Expiry, Quantity, Unit value.',
  OPENING_COLUMNS_MISSING: 'The sheet lacks a required column (item and quantity); add it and choose the file again.',
  OPENING_UNRESOLVED:
    'Some names still match nothing after creating them; nothing was imported. Check the warehouse, item and donor names.',
  OPENING_ALREADY_IMPORTED:
    'This opening-stock file was imported on {{at}} by {{by}} ({{documents}}). Importing it again would double the stock, so nothing was imported.',
  OPENING_AGAIN_APPROVER_ONLY: 'Only an approver may import an opening-stock file that was imported before.',
};

export const errorMessages = { 'zh-CN': zhCN, en };
