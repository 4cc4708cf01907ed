import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { type SeedContext, staffMember, teamOf } from "./context";
import { hktAt, shiftDays } from "./time";

type NotificationSeed = {
  kind: NotificationKind;
  title: string;
  body: string;
  at: string;
  isRead?: boolean;
};

/** Notifications for the demo accounts; the recent ones are unread. */
export async function seedNotifications(context: SeedContext): Promise<void> {
  const { hkstp, cuhk, astrazeneca, startups } = context.organisations;
  const founder = teamOf(context, "pokfulam-cell").founder;
  const inbox: {
    userId: string;
    organisationId: string | null;
    link: string;
    items: NotificationSeed[];
  }[] = [
    {
      userId: founder.id,
      organisationId: startups.get("pokfulam-cell")?.id ?? null,
      link: "/pokfulam-cell",
      items: [
        {
          kind: "DECISION",
          title: "Your Incu-Bio application was accepted",
          body: "IB-2026-001 was accepted into the Incu-Bio Programme. Your enrolment starts on 1 June 2026.",
          at: "2026-05-22T17:35",
          isRead: true,
        },
        {
          kind: "DISBURSEMENT",
          title: "Tranche rejected: travel to BIO 2026",
          body: "Travel is not an eligible cost under the upfront grant; claim it under the financial subsidy instead.",
          at: "2026-07-18T20:30",
          isRead: true,
        },
        {
          kind: "DISBURSEMENT",
          title: "Tranche paid: HK$412,500.00",
          body: "GMP-grade lentiviral vector lot for PFL-201 was paid.",
          at: "2026-09-01T16:00",
          isRead: true,
        },
        {
          kind: "MILESTONE",
          title: "Milestone achieved: Pre-IND meeting held",
          body: "Kelvin Chan accepted your evidence.",
          at: "2026-10-27T12:10",
          isRead: true,
        },
        {
          kind: "COACHING",
          title: "Session notes from Dr Samuel Yip",
          body: "Dr Samuel Yip logged your latest coaching session and two action items.",
          at: "2026-11-06T18:05",
        },
        {
          kind: "DISBURSEMENT",
          title: "First signature: cell-culture consumables",
          body: "Your tranche of HK$96,800.00 was approved by the programme officer and is with finance.",
          at: "2026-11-09T22:30",
        },
        {
          kind: "APPLICATION_STATUS",
          title: "Draft saved: AstraZeneca Co-incubation 2027",
          body: "Your draft application closes on 31 January 2027 at 23:59.",
          at: "2026-11-20T23:12",
        },
      ],
    },
    {
      userId: staffMember(context, "officer").id,
      organisationId: hkstp.id,
      link: "/hkstp",
      items: [
        {
          kind: "APPLICATION_STATUS",
          title: "New application: IB-2027-001",
          body: "Kowloon NeuroTech submitted “StrideCue pivotal study and MDACS Class II listing”.",
          at: "2026-10-12T22:47",
          isRead: true,
        },
        {
          kind: "APPLICATION_STATUS",
          title: "New application: IB-2027-002",
          body: "Pearl River Gene Medicine submitted an application.",
          at: "2026-10-16T17:05",
        },
        {
          kind: "CLARIFICATION",
          title: "Reply from Tsing Yi Ophthalmics",
          body: "The applicant answered your question on the incorporation date.",
          at: "2026-10-24T15:05",
        },
        {
          kind: "MILESTONE",
          title: "Evidence to assess: GMP engineering run",
          body: "Pok Fu Lam Cell Therapeutics submitted evidence for a milestone.",
          at: "2026-11-19T10:30",
        },
        {
          kind: "DISBURSEMENT",
          title: "New tranche request: HK$40,000.00",
          body: "Pok Fu Lam Cell Therapeutics requested its financial subsidy for December–February.",
          at: "2026-11-20T09:15",
        },
      ],
    },
    {
      userId: staffMember(context, "finance").id,
      organisationId: hkstp.id,
      link: "/hkstp",
      items: [
        {
          kind: "SYSTEM",
          title: "Payment run on Thursday",
          body: "Second signatures for this week's payment run are due by Wednesday 17:00.",
          at: "2026-11-16T09:00",
          isRead: true,
        },
        {
          kind: "DISBURSEMENT",
          title: "Awaiting your signature: HK$320,000.00",
          body: "Pre-IND meeting costs for Pok Fu Lam Cell Therapeutics, approved by Kelvin Chan.",
          at: "2026-11-05T15:00",
        },
        {
          kind: "DISBURSEMENT",
          title: "Awaiting your signature: HK$96,800.00",
          body: "Cell-culture consumables for Pok Fu Lam Cell Therapeutics, approved by Kelvin Chan.",
          at: "2026-11-09T22:30",
        },
      ],
    },
    {
      userId: staffMember(context, "mentor").id,
      organisationId: hkstp.id,
      link: "/hkstp",
      items: [
        {
          kind: "COACHING",
          title: "Session confirmed by Lion Rock Immunotherapeutics",
          body: "Dr Stephen Hui confirmed your October session took place.",
          at: "2026-10-21T11:00",
          isRead: true,
        },
        {
          kind: "COACHING",
          title: "Action item due soon",
          body: "Introduce the team to a US regulatory consultant experienced in first-in-human filings.",
          at: "2026-11-18T08:00",
        },
        {
          kind: "COACHING",
          title: "Upcoming sessions this fortnight",
          body: "You have sessions booked with Pok Fu Lam Cell Therapeutics, Lion Rock Immunotherapeutics and Jade mRNA Biotech.",
          at: "2026-11-21T08:00",
        },
      ],
    },
    {
      userId: staffMember(context, "azPartner").id,
      organisationId: astrazeneca.id,
      link: "/astrazeneca",
      items: [
        {
          kind: "SYSTEM",
          title: "Lion Rock Immunotherapeutics is sharing data with you",
          body: "Milestones and coaching summaries are now visible to AstraZeneca.",
          at: "2026-07-10T15:20",
          isRead: true,
        },
        {
          kind: "SYSTEM",
          title: "Clear Water Bay RNA Therapeutics stopped sharing milestones",
          body: "Its milestones are no longer visible to AstraZeneca.",
          at: "2026-10-12T11:02",
          isRead: true,
        },
        {
          kind: "MILESTONE",
          title: "Milestone update: Ma On Shan TCR Therapeutics",
          body: "A shared milestone changed status.",
          at: "2026-11-14T16:30",
        },
      ],
    },
    {
      userId: staffMember(context, "hkstpAdmin").id,
      organisationId: hkstp.id,
      link: "/hkstp",
      items: [
        {
          kind: "INVITATION",
          title: "Derek Ho joined HKSTP",
          body: "Derek Ho accepted your invitation as programme officer.",
          at: "2026-03-10T09:45",
          isRead: true,
        },
        {
          kind: "INVITATION",
          title: "Invitation sent to jason.lee@hkstp.demo",
          body: "The invitation expires in 14 days.",
          at: "2026-11-19T10:00",
        },
      ],
    },
    {
      userId: context.people.platformAdmin.id,
      organisationId: null,
      link: "/platform",
      items: [
        {
          kind: "SYSTEM",
          title: "Operator created: CUHK Biotech Incubator",
          body: "Prof Vincent Kwok was invited as its operator admin.",
          at: "2025-12-01T11:30",
          isRead: true,
        },
      ],
    },
    {
      userId: staffMember(context, "cuhkOfficer").id,
      organisationId: cuhk.id,
      link: "/cuhk-biotech-incubator",
      items: [
        {
          kind: "APPLICATION_STATUS",
          title: "New application: SEED-2027-001",
          body: "Pearl River Gene Medicine submitted an application.",
          at: "2026-10-26T22:47",
        },
      ],
    },
  ];

  const data: Prisma.NotificationCreateManyInput[] = inbox.flatMap(({ items, ...recipient }) =>
    items.map((item) => {
      const createdAt = hktAt(item.at);
      return {
        ...recipient,
        kind: item.kind,
        title: item.title,
        body: item.body,
        readAt: item.isRead ? shiftDays(createdAt, 0.4) : null,
        emailedAt: shiftDays(createdAt, 0.01),
        createdAt,
        updatedAt: createdAt,
      };
    }),
  );
  await context.db.notification.createMany({ data });
}
