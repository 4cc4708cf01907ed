"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FileUpload, type UploadedFile } from "@/components/uploads/file-upload";

/**
 * The tranche's invoices and receipts: the start-up adds or removes files while the request
 * waits for the programme office; everyone else (and the start-up later) downloads them.
 */
export function ReceiptsPanel({
  organisation,
  disbursementId,
  files: initialFiles,
  canChange,
  isRequired,
}: {
  organisation: string;
  disbursementId: string;
  files: UploadedFile[];
  canChange: boolean;
  isRequired: boolean;
}) {
  const t = useTranslations("grantsClient");
  const router = useRouter();
  const [files, setFiles] = useState(initialFiles);
  return (
    <FileUpload
      organisation={organisation}
      target="disbursement"
      targetId={disbursementId}
      kind="PAYMENT_PROOF"
      label={t("request.files")}
      description={
        canChange ? (isRequired ? t("receipts.required") : t("request.filesOptional")) : undefined
      }
      files={files}
      onChange={(next) => {
        setFiles(next);
        router.refresh();
      }}
      maxFiles={10}
      readOnly={!canChange}
      required={canChange && isRequired}
    />
  );
}
