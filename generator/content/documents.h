// Content files into documents: types from folders, slugs, URLs, bundles, drafts and embargoes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

/// Reads every content/**.md of the file map: checks it is text, splits and reads the front
/// matter, decides type, section, slug and URL, groups bundles and marks drafts and embargoed
/// documents unpublished (unless site.drafts). Fills site.documents and site.bundles, reports
/// duplicate URLs, and returns each document's Markdown body (pointing into `files`), aligned
/// with site.documents.
std::vector<std::string_view> load_documents(const FileMap& files, Site& site, Diagnostics& diagnostics);

/// Checks what needs the whole site: known theme, priority and review ids, required fields,
/// a briefing's seven sections (after its body is parsed). Every document, or only those in
/// `only` (indices into site.documents: what an incremental build parsed again).
void check_documents(const Site& site, Diagnostics& diagnostics, const std::vector<int>* only = nullptr);

/// The front matter half of check_documents (known ids, required fields), drafts included; the
/// id lists are made once for all the documents checked.
void check_front_matter(const Site& site, Diagnostics& diagnostics, const std::vector<int>* only = nullptr);

/// The body half, for one document once its tree is parsed (a published briefing's seven
/// sections, the writing warnings); nothing for an unpublished document.
void check_body(const Document& doc, Diagnostics& diagnostics);

/// The first invalid UTF-8 byte's offset, or npos if the text is valid UTF-8.
size_t find_invalid_utf8(std::string_view text);

}  // namespace publish
