/** The shared reader's element type (see readXml in @fimforms/format). */
export type { XmlElement } from '@fimforms/format';
