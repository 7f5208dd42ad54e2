import { extractPage } from '../lib/extract';

// Injected on a click (activeTab + scripting); never registered for all sites. Returns the ExtractResult as plain
// JSON to the background's scripting.executeScript call.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractPage(document, location.href);
  },
});
