// Names of document types.
#include "model/site.h"

namespace publish {

const char* doc_type_name(DocType type) {
    switch (type) {
        case DocType::page: return "page";
        case DocType::briefing: return "briefing";
        case DocType::bulletin: return "bulletin";
        case DocType::annual_report: return "annual-report";
        case DocType::arrangements: return "arrangements";
    }
    return "page";
}

bool parse_doc_type(const std::string& name, DocType& out) {
    for (DocType t : {DocType::page, DocType::briefing, DocType::bulletin, DocType::annual_report,
                      DocType::arrangements}) {
        if (name == doc_type_name(t)) {
            out = t;
            return true;
        }
    }
    return false;
}

}  // namespace publish
