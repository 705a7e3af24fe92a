import {
  EXPLORER_INDEX_PATH,
  EXPLORER_TEXT_PATH,
  fromExplorerIndex,
  withText,
  type EventText,
  type ExplorerIndex,
} from "@/lib/explorer/explorer-data";
import { statementsView } from "@/lib/explorer/statements";
import { getJson } from "../explorer/use-explorer-data";

export { StatementsBody } from "./statements-body";

/**
 * The view a query selects, made in the browser by the server's own code from the explorer's
 * data files (a static host has no server to filter). Loaded only for a link with a query.
 */
export async function statementsViewIn(search: string) {
  const [index, texts] = await Promise.all([
    getJson<ExplorerIndex>(EXPLORER_INDEX_PATH),
    getJson<EventText[]>(EXPLORER_TEXT_PATH),
  ]);
  const views = withText(fromExplorerIndex(index), texts);
  return statementsView(views, new URLSearchParams(search), { downloads: false });
}
