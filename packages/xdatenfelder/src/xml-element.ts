/**
 * A light, namespace-resolved XML element: what the XDatenfelder readers need and nothing
 * more. Built by {@link parseXml}; text is the concatenated direct character data (CDATA
 * included), attributes are keyed by local name (XDatenfelder uses unqualified attributes).
 */
export interface XmlElement {
  /** Namespace URI (`""` for unqualified elements such as `<code>`). */
  uri: string;
  /** Local name without prefix. */
  local: string;
  /** Unqualified attributes by local name; namespace declarations are left out. */
  attributes: { [name: string]: string };
  children: XmlElement[];
  /** Direct character data, as the XML spec decodes it (entities resolved, CRLF → LF). */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
  /** 1-based column just past the tag name (as saxes reports it). */
  column: number;
  parent: XmlElement | undefined;
}
