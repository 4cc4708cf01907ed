/** In-app paths of milestone pages, for links and notifications (`organisationSlug` is the reader's). */
export function milestonePlanPath(organisationSlug: string, enrolmentId: string): string {
  return `/${organisationSlug}/milestones/${enrolmentId}`;
}

export function milestonePath(
  organisationSlug: string,
  enrolmentId: string,
  milestoneId: string,
): string {
  return `/${organisationSlug}/milestones/${enrolmentId}/${milestoneId}`;
}

/** The partner's page of one start-up of its cohort. */
export function partnerStartupPath(partnerSlug: string, startupId: string): string {
  return `/${partnerSlug}/partner-cohort/${startupId}`;
}
