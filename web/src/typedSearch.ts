// What a search box holds, and the search it asks for: the text trimmed,
// once typing has paused for a quarter of a second, so that a query is not
// sent for every key.
import { useEffect, useState } from "react";

export function useTypedSearch(pause = 250): [string, (text: string) => void, string] {
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const wait = setTimeout(() => setSearch(typed.trim()), pause);
    return () => clearTimeout(wait);
  }, [typed, pause]);
  return [typed, setTyped, search];
}
