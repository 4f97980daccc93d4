import { escapeXmlAttribute, replaceNonXmlCharacters } from '@fimforms/format';
import { DIN_91379_LOCATION, DIN_91379_NAMESPACE } from '../payload-model/din-91379.js';
import type { CodeListModel, Documentation, FieldType, GroupType, Member, PayloadModel } from '../payload-model/payload-model.js';
import { documentationText } from '../xml/documentation-text.js';
import { simpleTypeRestriction } from './simple-type-restriction.js';

/** Namespace and official location of the XÖV-Datentyp Code 1.0 (CC BY-ND 4.0, imported, never copied). */
export const XOEV_CODE_NAMESPACE = 'http://xoev.de/schemata/code/1_0';
/** Official schemaLocation of xoev-code.xsd. */
export const XOEV_CODE_LOCATION = 'http://xoev.de/schemata/code/1_0/xoev-code.xsd';

const PREFIX = 'fd';

/**
 * Writes the XSD 1.0 payload schema of a payload model in XÖV style (specs/payload.md §3):
 * versioned targetNamespace, `@version`, qualified elements, the payload root as the only
 * global element, documentation on every component, FIM identity in appinfo, code lists as
 * restrictions of the XÖV `Code` type, DIN 91379 strings, cardinality from `anzahl`, choice
 * groups as `xs:choice`, constraints as facets. The XÖV library is imported by its official
 * location; resolve it offline with an XML catalog.
 */
export function xsdOf(model: PayloadModel): string {
  return new XsdWriter(model).write();
}

class XsdWriter {
  readonly #model: PayloadModel;
  readonly #lines: string[] = [];

  constructor(model: PayloadModel) {
    this.#model = model;
  }

  write(): string {
    const model = this.#model;
    const usesCode = model.fields.some((field) => field.codeList !== undefined);
    const usesDin = model.fields.some((field) => field.dataType === 'text_latin' && field.codeList === undefined);
    this.#line(0, '<?xml version="1.0" encoding="UTF-8"?>');
    this.#line(0, '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"');
    this.#continuation(`xmlns:${PREFIX}="${attr(model.targetNamespace)}"`);
    if (usesCode) this.#continuation(`xmlns:xoev-code="${XOEV_CODE_NAMESPACE}"`);
    if (usesDin) this.#continuation(`xmlns:din91379="${DIN_91379_NAMESPACE}"`);
    this.#continuation(`targetNamespace="${attr(model.targetNamespace)}"`);
    this.#continuation(`version="${attr(model.version)}"`);
    this.#continuation('elementFormDefault="qualified"');
    this.#continuation('attributeFormDefault="unqualified">');
    this.#schemaAnnotation();
    if (usesCode) this.#line(1, `<xs:import namespace="${XOEV_CODE_NAMESPACE}" schemaLocation="${XOEV_CODE_LOCATION}"/>`);
    if (usesDin) this.#line(1, `<xs:import namespace="${DIN_91379_NAMESPACE}" schemaLocation="${DIN_91379_LOCATION}"/>`);
    this.#line(1, `<xs:element name="${model.rootName}" type="${PREFIX}:${model.root.typeName}">`);
    this.#annotation(2, model.root.documentation);
    this.#line(1, '</xs:element>');
    for (const group of model.groups) this.#groupType(group);
    for (const field of model.fields) this.#fieldType(field);
    this.#line(0, '</xs:schema>');
    return `${this.#lines.join('\n')}\n`;
  }

  #schemaAnnotation(): void {
    const model = this.#model;
    const title = model.root.documentation.de.split('\n')[0] ?? model.formName;
    this.#line(1, '<xs:annotation>');
    this.#line(2, '<xs:appinfo>');
    this.#line(3, '<standard>');
    this.#line(4, `<nameLang>${text(title)}</nameLang>`);
    this.#line(4, `<nameKurz>${text(model.formName)}</nameKurz>`);
    this.#line(4, `<nameTechnisch>${text(model.formName)}</nameTechnisch>`);
    this.#line(4, `<kennung>${text(model.kennung)}</kennung>`);
    this.#line(4, '<beschreibung>Nutzdatenschema (Fachdatenschema) eines Online-Dienstes, erzeugt von fimforms. XÖV-konform gestaltet, nicht XÖV-zertifiziert.</beschreibung>');
    this.#line(3, '</standard>');
    this.#line(3, '<versionStandard>');
    this.#line(4, `<version>${text(model.version)}</version>`);
    this.#line(4, '<nameModellierungswerkzeug>fimforms</nameModellierungswerkzeug>');
    this.#line(3, '</versionStandard>');
    this.#line(2, '</xs:appinfo>');
    this.#line(2, `<xs:documentation>${text(model.root.documentation.de)}</xs:documentation>`);
    this.#line(1, '</xs:annotation>');
  }

  #groupType(group: GroupType): void {
    this.#line(1, `<xs:complexType name="${group.typeName}">`);
    this.#annotation(2, group.documentation, fimAppinfo(group));
    if (group.members.length === 0) {
      this.#line(2, '<xs:sequence/>');
    } else {
      const compositor = group.choice ? 'xs:choice' : 'xs:sequence';
      this.#line(2, `<${compositor}>`);
      for (const member of group.members) this.#member(3, member);
      this.#line(2, `</${compositor}>`);
    }
    this.#line(1, '</xs:complexType>');
  }

  #member(indent: number, member: Member): void {
    const occurs =
      (member.min !== 1 ? ` minOccurs="${member.min}"` : '') +
      (member.max !== 1 ? ` maxOccurs="${member.max === Infinity ? 'unbounded' : member.max}"` : '');
    this.#line(indent, `<xs:element name="${member.name}" type="${PREFIX}:${member.type.typeName}"${occurs}>`);
    const appinfo = member.legalBases.map(
      (basis) => `<rechtsgrundlage>${text(basis.text)}${basis.link !== undefined ? ` (${text(basis.link)})` : ''}</rechtsgrundlage>`,
    );
    this.#annotation(indent + 1, member.documentation, appinfo);
    this.#line(indent, '</xs:element>');
  }

  #fieldType(field: FieldType): void {
    if (field.codeList) return this.#codeType(field, field.codeList);
    if (field.dataType === 'file') return this.#fileType(field);
    this.#line(1, `<xs:simpleType name="${field.typeName}">`);
    this.#annotation(2, field.documentation, fimAppinfo(field));
    const { base, facets } = simpleTypeRestriction(field);
    if (facets.length === 0) {
      this.#line(2, `<xs:restriction base="${base}"/>`);
    } else {
      this.#line(2, `<xs:restriction base="${base}">`);
      for (const facet of facets) this.#line(3, `<xs:${facet.name} value="${attr(facet.value)}"/>`);
      this.#line(2, '</xs:restriction>');
    }
    this.#line(1, '</xs:simpleType>');
  }

  // specs/payload.md §3.3: Code-Typ 1 enumerates, 1/2 fix listVersionID, 3 requires it.
  #codeType(field: FieldType, list: CodeListModel): void {
    this.#line(1, `<xs:complexType name="${field.typeName}">`);
    const appinfo = [
      `<codeliste><nameLang>${text(list.title)}</nameLang><kennung>${text(list.listURI)}</kennung></codeliste>`,
      ...(list.version !== undefined ? [`<versionCodeliste><version>${text(list.version)}</version></versionCodeliste>`] : []),
      `<codeTyp>${list.codeType}</codeTyp>`,
      ...fimAppinfo(field),
    ];
    this.#annotation(2, field.documentation, appinfo);
    this.#line(2, '<xs:complexContent>');
    this.#line(3, '<xs:restriction base="xoev-code:Code">');
    this.#line(4, '<xs:sequence>');
    if (list.values) {
      this.#line(5, '<xs:element name="code" form="unqualified">');
      this.#annotation(6, { de: 'Der Code aus der Codeliste.', en: 'The code from the code list.' });
      this.#line(6, '<xs:simpleType>');
      this.#line(7, '<xs:restriction base="xs:token">');
      for (const value of list.values) {
        this.#line(8, `<xs:enumeration value="${attr(value.code)}">`);
        this.#annotation(9, { de: value.label?.de ?? value.code });
        this.#line(8, '</xs:enumeration>');
      }
      this.#line(7, '</xs:restriction>');
      this.#line(6, '</xs:simpleType>');
      this.#line(5, '</xs:element>');
    } else {
      this.#line(5, '<xs:element name="code" form="unqualified">');
      this.#annotation(6, { de: 'Der Code aus der Codeliste.', en: 'The code from the code list.' });
      this.#line(6, '<xs:simpleType>');
      this.#line(7, '<xs:restriction base="xs:token">');
      this.#line(8, '<xs:minLength value="1"/>');
      this.#line(7, '</xs:restriction>');
      this.#line(6, '</xs:simpleType>');
      this.#line(5, '</xs:element>');
    }
    this.#line(5, '<xs:element name="name" type="xs:normalizedString" minOccurs="0" form="unqualified">');
    this.#annotation(6, { de: 'Die Beschreibung des Codes.', en: 'The description of the code.' });
    this.#line(5, '</xs:element>');
    this.#line(4, '</xs:sequence>');
    this.#line(4, `<xs:attribute name="listURI" type="xs:anyURI" use="optional" fixed="${attr(list.listURI)}">`);
    this.#annotation(5, { de: 'Die Kennung der Codeliste.', en: 'The identifier of the code list.' });
    this.#line(4, '</xs:attribute>');
    const version = list.version !== undefined ? `use="optional" fixed="${attr(list.version)}"` : 'use="required"';
    this.#line(4, `<xs:attribute name="listVersionID" type="xs:normalizedString" ${version}>`);
    this.#annotation(5, { de: 'Die Version der Codeliste.', en: 'The version of the code list.' });
    this.#line(4, '</xs:attribute>');
    this.#line(3, '</xs:restriction>');
    this.#line(2, '</xs:complexContent>');
    this.#line(1, '</xs:complexType>');
  }

  // A file travels as metadata; `ref` points to the attachment (e.g. a FIT-Connect attachment id).
  #fileType(field: FieldType): void {
    const { maxSize, mediaTypes } = field.constraints;
    this.#line(1, `<xs:complexType name="${field.typeName}">`);
    this.#annotation(2, field.documentation, fimAppinfo(field));
    this.#line(2, '<xs:sequence>');
    this.#fileChild('name', 'xs:string', [{ name: 'minLength', value: '1' }], 'Der Dateiname.', 'The file name.');
    const size = maxSize !== undefined ? [{ name: 'maxInclusive', value: String(maxSize) }] : [];
    this.#fileChild('size', 'xs:nonNegativeInteger', size, 'Die Größe in Byte.', 'The size in bytes.');
    const media = mediaTypes && mediaTypes.length > 0 ? mediaTypes.map((value) => ({ name: 'enumeration', value })) : [{ name: 'minLength', value: '1' }];
    this.#fileChild('mediaType', 'xs:string', media, 'Der Medientyp (MIME-Typ).', 'The media type.');
    this.#fileChild('ref', 'xs:string', [{ name: 'minLength', value: '1' }], 'Verweis auf den Inhalt der Anlage.', 'Reference to the attachment content.');
    this.#line(2, '</xs:sequence>');
    this.#line(1, '</xs:complexType>');
  }

  #fileChild(name: string, base: string, facets: { name: string; value: string }[], de: string, en: string): void {
    this.#line(3, `<xs:element name="${name}">`);
    this.#annotation(4, { de, en });
    this.#line(4, '<xs:simpleType>');
    this.#line(5, `<xs:restriction base="${base}">`);
    for (const facet of facets) this.#line(6, `<xs:${facet.name} value="${attr(facet.value)}"/>`);
    this.#line(5, '</xs:restriction>');
    this.#line(4, '</xs:simpleType>');
    this.#line(3, '</xs:element>');
  }

  #annotation(indent: number, documentation: Documentation, appinfo: string[] = []): void {
    this.#line(indent, '<xs:annotation>');
    if (appinfo.length > 0) {
      this.#line(indent + 1, '<xs:appinfo>');
      for (const entry of appinfo) this.#line(indent + 2, entry);
      this.#line(indent + 1, '</xs:appinfo>');
    }
    this.#line(indent + 1, `<xs:documentation xml:lang="de">${text(documentation.de)}</xs:documentation>`);
    if (documentation.en !== undefined) {
      this.#line(indent + 1, `<xs:documentation xml:lang="en">${text(documentation.en)}</xs:documentation>`);
    }
    this.#line(indent, '</xs:annotation>');
  }

  // Attributes of xs:schema, one per line, aligned under the first as XGenerator output is.
  #continuation(content: string): void {
    this.#lines.push(`           ${content}`);
  }

  #line(indent: number, content: string): void {
    this.#lines.push(' '.repeat(indent * 3) + content);
  }
}

function fimAppinfo(component: { fim?: { id: string; version?: string } }): string[] {
  if (!component.fim) return [];
  const version = component.fim.version !== undefined ? `<version>${text(component.fim.version)}</version>` : '';
  return [`<fimElement><id>${text(component.fim.id)}</id>${version}</fimElement>`];
}

function text(value: string): string {
  return documentationText(value);
}

// Attribute values from the definition (codes, URIs, patterns): no character may break the schema.
function attr(value: string): string {
  return escapeXmlAttribute(replaceNonXmlCharacters(value, '\uFFFD'));
}
