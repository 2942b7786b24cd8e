/** A notification addressed to a person, as the API answers it (the schema is `NotificationView`). */
export function notificationView(n: {
  id: string | number;
  createdAt: Date;
  message: string;
  caseId: string | null;
}) {
  return {
    id: String(n.id),
    createdAt: new Date(n.createdAt).toISOString(),
    message: n.message,
    caseId: n.caseId,
  };
}
