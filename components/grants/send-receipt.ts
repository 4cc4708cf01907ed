/** Uploads one receipt to a tranche request; resolves with the server's message on failure. */
export async function sendReceipt(input: {
  organisation: string;
  disbursementId: string;
  file: File;
}): Promise<{ ok: true } | { ok: false; message: string }> {
  const form = new FormData();
  form.set("organisation", input.organisation);
  form.set("target", "disbursement");
  form.set("targetId", input.disbursementId);
  form.set("kind", "PAYMENT_PROOF");
  form.set("file", input.file);
  try {
    const response = await fetch("/api/attachments", { method: "POST", body: form });
    if (response.status === 201) return { ok: true };
    const body = (await response.json().catch(() => null)) as {
      error?: { message?: string };
    } | null;
    return {
      ok: false,
      message:
        body?.error?.message ??
        (response.status === 413 ? "The file is too large." : "The upload failed."),
    };
  } catch {
    return { ok: false, message: "The upload failed. Check your connection and try again." };
  }
}
