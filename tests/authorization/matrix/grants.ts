import type { ActionRow } from "../action-row";

/**
 * Grants and tranches. Each money step belongs to one role of the operator (the start-up asks,
 * the officer gives the first signature, finance the second and records the payment; both may
 * reject); maker-checker on top is checked per record in tests/integration/grants.
 */
export const GRANT_ACTIONS: readonly ActionRow[] = [
  {
    file: "lib/actions/grants/award-grant.ts",
    exportedName: "awardGrant",
    permission: "grant.award",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/disbursements/request-disbursement.ts",
    exportedName: "requestDisbursement",
    permission: "disbursement.request (own start-up's grant only)",
    allowed: ["startup-member"],
  },
  {
    file: "lib/actions/disbursements/approve-disbursement.ts",
    exportedName: "approveDisbursement",
    permission: "disbursement.approve",
    allowed: ["programme-officer"],
  },
  {
    file: "lib/actions/disbursements/finance-approve-disbursement.ts",
    exportedName: "financeApproveDisbursement",
    permission: "disbursement.finance_approve",
    allowed: ["finance-approver"],
  },
  {
    file: "lib/actions/disbursements/mark-disbursement-paid.ts",
    exportedName: "markDisbursementPaid",
    permission: "disbursement.mark_paid",
    allowed: ["finance-approver"],
  },
  {
    file: "lib/actions/disbursements/reject-disbursement.ts",
    exportedName: "rejectDisbursement",
    permission: "disbursement.reject (officer-approved tranche: both sides may)",
    allowed: ["programme-officer", "finance-approver"],
  },
];
