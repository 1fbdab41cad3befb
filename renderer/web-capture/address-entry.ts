/**
 * What Enter does with the Add URL field's text: the links are saved, and every line that is not a web address
 * stays in the field, named in a sentence, so a pasted list never loses a line without saying so.
 */
import { parseWebAddresses } from '../../electron/shared/web-address.ts';

interface AddressEntryPlan {
  urls: string[];
  /** The lines (or the words of a line) that are not web addresses, in order, as they were typed. */
  notAddresses: string[];
  /** What stays in the field after saving: the lines that are not addresses, one a line. */
  leftover: string;
}

/** Splits the field's text into the links to save and the lines that are not web addresses. */
export function planAddressEntry(text: string): AddressEntryPlan {
  const urls: string[] = [];
  const notAddresses: string[] = [];
  for (const line of text.split('\n')) {
    const found = parseWebAddresses(line);
    for (const url of found.urls) if (!urls.includes(url)) urls.push(url);
    if (found.rejected.length > 0) notAddresses.push(found.rejected.join(' '));
  }
  return { urls, notAddresses, leftover: notAddresses.join('\n') };
}

const NAMED_AT_MOST = 5;

/** The field's hint after saving some links while other lines were not addresses. */
export function leftoverSentence(saved: number, notAddresses: readonly string[]): string {
  const quoted = notAddresses.slice(0, NAMED_AT_MOST).map((line) => `“${line}”`);
  const more = notAddresses.length > NAMED_AT_MOST ? ` and ${notAddresses.length - NAMED_AT_MOST} more` : '';
  const lines = notAddresses.length === 1 ? 'This line is not a web address' : `These ${notAddresses.length} lines are not web addresses`;
  return `Saving ${saved === 1 ? 'the link' : `${saved} links`}. ${lines} and stayed here: ${quoted.join(', ')}${more}.`;
}
