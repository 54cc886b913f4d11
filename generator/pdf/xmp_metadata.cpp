// The catalog entries of an accessible PDF: XMP metadata (with PDF/UA identification), viewer preferences, version.
#include <string>

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "pdf/tags.h"

namespace publish::pdf {
namespace {

/// Text escaped for XML element content.
std::string xml_escaped(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

/// The XMP packet: Dublin Core title, creator, description and language; PDF producer and
/// keywords; XMP dates; pdfuaid:part 1. Every value matches the document information dictionary.
std::string xmp_packet(const layout::LaidOutDocument& doc, const std::string& producer) {
    std::string date = doc.date.size() == 10 ? doc.date + "T00:00:00Z" : std::string();
    std::string x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                    "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                    " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                    " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                    "<dc:format>application/pdf</dc:format>\n";
    x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(doc.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!doc.author.empty()) x += "<dc:creator><rdf:Seq><rdf:li>" + xml_escaped(doc.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!doc.subject.empty())
        x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(doc.subject) + "</rdf:li></rdf:Alt></dc:description>\n";
    if (!doc.language.empty()) x += "<dc:language><rdf:Bag><rdf:li>" + xml_escaped(doc.language) + "</rdf:li></rdf:Bag></dc:language>\n";
    x += "<pdf:Producer>" + xml_escaped(producer) + "</pdf:Producer>\n";
    if (!doc.keywords.empty()) x += "<pdf:Keywords>" + xml_escaped(doc.keywords) + "</pdf:Keywords>\n";
    x += "<xmp:CreatorTool>publish " PUBLISH_VERSION "</xmp:CreatorTool>\n";
    if (!date.empty())
        x += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n<xmp:MetadataDate>" +
             date + "</xmp:MetadataDate>\n";
    x += "<pdfuaid:part>1</pdfuaid:part>\n"
         "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

}  // namespace

void write_accessibility_metadata(HPDF_Doc pdf, const layout::LaidOutDocument& doc) {
    HPDF_Dict preferences = HPDF_Dict_New(pdf->mmgr);
    HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
    HPDF_Dict_Add(pdf->catalog, "ViewerPreferences", preferences);

    const char* producer = HPDF_GetInfoAttr(pdf, HPDF_INFO_PRODUCER);
    std::string packet = xmp_packet(doc, producer ? producer : "");
    HPDF_Dict metadata = HPDF_DictStream_New(pdf->mmgr, pdf->xref);  // uncompressed: readable without a PDF parser
    HPDF_Dict_AddName(metadata, "Type", "Metadata");
    HPDF_Dict_AddName(metadata, "Subtype", "XML");
    HPDF_Stream_Write(metadata->stream, reinterpret_cast<const HPDF_BYTE*>(packet.data()), static_cast<HPDF_UINT>(packet.size()));
    HPDF_Dict_Add(pdf->catalog, "Metadata", metadata);

    // Marked content needs 1.3, /MarkInfo 1.4, /Tabs 1.5; PDF/UA is based on PDF 1.7 (ISO 32000-1).
    pdf->pdf_version = HPDF_VER_17;
}

}  // namespace publish::pdf
