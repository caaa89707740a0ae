// Recording one ledger line from a form: POST /events, then the session's
// latest event day moves to the line's date when that is later, so the
// reports page opens on the year just recorded into, as it would after
// signing in again.
import { useCallback } from "react";
import { api } from "./api";
import { useSession } from "./session";

export function useRecordEvent(): (line: Record<string, unknown>) => Promise<void> {
  const { noteEventOn } = useSession();
  return useCallback(
    async (line: Record<string, unknown>) => {
      await api("POST", "/events", line);
      noteEventOn(line.date);
    },
    [noteEventOn],
  );
}
