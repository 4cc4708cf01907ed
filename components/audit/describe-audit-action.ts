/** "member.change_role" → "Member: change role"; "access.denied" → "Access: denied". */
export function describeAuditAction(action: string): string {
  const [subject = action, ...rest] = action.split(".");
  const noun = subject.replaceAll("_", " ");
  const verb = rest.join(" ").replaceAll("_", " ");
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  return verb ? `${capitalised}: ${verb}` : capitalised;
}
