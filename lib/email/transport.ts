import nodemailer from "nodemailer";
import { appBaseUrl } from "@/lib/email/app-url";
import { logger } from "@/lib/logger";

export type EmailMessage = { to: string; subject: string; text: string; html: string };

/** Where emails go: an SMTP server, the log, or (in tests) memory. */
export interface EmailTransport {
  readonly name: string;
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

// A slow or silent mail server fails the attempt after these, and the outbox retries later.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function fromAddress(env: NodeJS.ProcessEnv): string {
  if (env.EMAIL_FROM) return env.EMAIL_FROM;
  return `Incubase <no-reply@${new URL(appBaseUrl(env)).hostname}>`;
}

type SmtpOptions = {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
};

/** SMTP_URL (smtp://user:password@host:587, smtps://… for TLS from the start) or SMTP_HOST & co. */
export function smtpOptionsFromEnv(env: NodeJS.ProcessEnv): SmtpOptions | null {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    const secure = url.protocol === "smtps:";
    return {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
    };
  }
  if (!env.SMTP_HOST) return null;
  const port = Number(env.SMTP_PORT ?? 587);
  return {
    host: env.SMTP_HOST,
    port,
    // 465 speaks TLS from the first byte; 587 and 25 upgrade with STARTTLS.
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === "true" : port === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
  };
}

/** SMTP through nodemailer. */
function smtpTransport(options: SmtpOptions, from: string): EmailTransport {
  const transporter = nodemailer.createTransport({ ...options, ...SMTP_TIMEOUTS }, { from });
  return {
    name: "smtp",
    async send(message) {
      await transporter.sendMail(message);
    },
    close() {
      transporter.close();
    },
  };
}

/** Without SMTP: each email is written to the server log (recipient, subject, plain text). */
export function logTransport(): EmailTransport {
  return {
    name: "log",
    async send(message) {
      logger.info("email (not sent: SMTP is not configured)", {
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
    close() {},
  };
}

/** SMTP when SMTP_URL or SMTP_HOST is set, the log otherwise. */
export function createEmailTransport(env: NodeJS.ProcessEnv = process.env): EmailTransport {
  const options = smtpOptionsFromEnv(env);
  return options ? smtpTransport(options, fromAddress(env)) : logTransport();
}
