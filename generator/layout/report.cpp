// Long documents (annual report, arrangements): cover, contents, introduction, numbered sections.
#include "layout/publication_parts.h"

namespace publish::layout {
namespace {

/// Page number (1-based, counting from the first body page) of every anchor in pages.
std::map<std::string, int> anchor_pages(const std::vector<Page>& pages, int offset) {
    std::map<std::string, int> out;
    for (size_t p = 0; p < pages.size(); ++p)
        for (const auto& item : pages[p].items)
            if (item.kind == ItemKind::anchor) out.emplace(item.target, static_cast<int>(p) + 1 + offset);
    return out;
}

}  // namespace

void layout_bundle(Setter& setter, const Bundle& bundle) {
    const Site& site = setter.site;
    const Document& index = site.documents[bundle.index];
    // Links to any part of the bundle stay inside the PDF.
    auto add_url = [&](int d) {
        std::string url = site.documents[d].url;
        setter.internal_urls[url] = anchor_prefix(d) + "top";
        if (!url.empty() && url.back() == '/') setter.internal_urls[url.substr(0, url.size() - 1)] = anchor_prefix(d) + "top";
    };
    add_url(bundle.index);
    for (int d : bundle.sections) add_url(d);

    // 1. Compose the body: the index's own text, then each section from a new page, numbered.
    Flow flow;
    setter.ctx.contents = &setter.contents;
    Box box = setter.body_box();
    {
        Composer intro(setter.ctx, flow, index, anchor_prefix(bundle.index));
        intro.set_heading_policy({{}, 2, 1, 0});
        intro.blocks(index.body, box);
    }
    int number = 0;
    for (int d : bundle.sections) {
        const Document& section = site.documents[d];
        if (!section.published) continue;
        ++number;
        Composer composer(setter.ctx, flow, section, anchor_prefix(d));
        if (!flow.items.empty()) composer.page_break();
        int el = composer.element(Role::section, 0, &section.body);
        Box sbox = box;
        sbox.parent = el;
        composer.heading_text(nullptr, std::to_string(number), section.meta.title, 1, sbox, 1, "top");
        composer.set_heading_policy({{number}, 2, 2, 0});
        composer.blocks(section.body, sbox);
    }
    setter.ctx.contents = nullptr;

    // 2. Paginate the body, then the contents (its length does not depend on the numbers).
    auto body = paginate(flow, setter.body_area(), setter.style);
    size_t elements = setter.out.elements.size();
    size_t contents_count = contents_pages(setter, {}).size();
    setter.out.elements.resize(elements);  // forget the dry run's elements
    auto pages = anchor_pages(body, 1 + static_cast<int>(contents_count));
    auto contents = contents_pages(setter, pages);

    // 3. Assemble: cover, contents, body; furniture on every page but the cover.
    setter.out.pages.push_back(cover_page(setter, index, bundle.index));
    for (auto& p : contents) setter.out.pages.push_back(std::move(p));
    for (auto& p : body) setter.out.pages.push_back(std::move(p));
    add_page_chrome(setter, 1, true, index.meta.title);
}

}  // namespace publish::layout
