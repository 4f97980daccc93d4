/**
 * A light, namespace-resolved XML element, as {@link readXml} builds it: what XDatenfelder
 * readers and the payload reader need and nothing more.
 */
export interface XmlElement {
  /** Namespace URI (`""` for unqualified elements such as XÖV's `<code>`). */
  uri: string;
  /** Local name without prefix. */
  local: string;
  /**
   * Unqualified attributes by local name, in an object that inherits nothing (a name may be
   * `__proto__` or `constructor`); namespace declarations and namespaced attributes (`xsi:…`)
   * are left out.
   */
  attributes: { [name: string]: string };
  /** Child elements in document order; leaves share one frozen empty array. */
  children: XmlElement[];
  /** Direct character data (text and CDATA), as the XML spec decodes it (references resolved, CRLF → LF). */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
  /** 1-based column of the start tag's `<`. */
  column: number;
  parent: XmlElement | undefined;
}
