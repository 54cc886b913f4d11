// Rewrites links and images written relative to a content file into published URLs, and reports
// the ones that cannot work (nowhere, outside the site, absolute paths, unsafe schemes).
#include <algorithm>
#include <vector>

#include "markdown/markdown.h"
#include "markdown/url.h"

namespace publish {

namespace {

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
    if (text.size() < suffix.size()) return false;
    return std::equal(suffix.begin(), suffix.end(), text.end() - suffix.size(), [](char a, char b) {
        return a == (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
    });
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::string quoted(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    out += text;
    out += '"';
    return out;
}

/// Appends a node to a list of inlines, merging it into a text node just before it.
void append_inline(std::vector<Node>& list, Node&& node) {
    if (node.kind == NodeKind::text && !list.empty() && list.back().kind == NodeKind::text) {
        list.back().text += node.text;
        return;
    }
    list.push_back(std::move(node));
}

/// Walks one document's tree, rewriting every link and image.
class LinkRewriter {
public:
    LinkRewriter(const std::string& source_path, const LinkTargets& targets, Diagnostics& diagnostics)
        : source_path_(source_path),
          folder_(parent_folder(source_path)),
          targets_(targets),
          base_path_(targets.base_path.empty() ? std::string("/") : targets.base_path),
          diagnostics_(diagnostics) {}

    /// Rewrites the links and images among a node's descendants; broken ones become plain text.
    void rewrite_children(Node& parent) {
        std::vector<Node> kept;  // filled only once a child has to be replaced
        bool replaced = false;
        for (size_t i = 0; i < parent.children.size(); ++i) {
            Node& child = parent.children[i];
            bool works = (child.kind != NodeKind::link && child.kind != NodeKind::image) || rewrite(child);
            if (!child.children.empty()) rewrite_children(child);
            if (works && !replaced) continue;
            if (!replaced) {
                replaced = true;
                kept.reserve(parent.children.size() + child.children.size());
                for (size_t k = 0; k < i; ++k) kept.push_back(std::move(parent.children[k]));
            }
            if (works) {
                append_inline(kept, std::move(child));
            } else if (child.kind == NodeKind::link) {
                for (Node& grandchild : child.children) append_inline(kept, std::move(grandchild));
            } else {
                Node alt = make_node(NodeKind::text, child.text);
                alt.line = child.line;
                alt.column = child.column;
                append_inline(kept, std::move(alt));
            }
        }
        if (replaced) parent.children = std::move(kept);
    }

private:
    /// Rewrites one link or image in place; false if it cannot work and must become plain text.
    bool rewrite(Node& node) {
        bool image = node.kind == NodeKind::image;
        std::string_view written = node.url();
        while (!written.empty() && static_cast<unsigned char>(written.front()) <= 0x20) written.remove_prefix(1);
        if (written.empty()) {
            report(node, image ? "image has no path" : "link has no target");
            return false;
        }
        if (std::string scheme = url_scheme(written); !scheme.empty()) return check_scheme(node, scheme, written);
        if (written.front() == '#') {
            if (!image) return true;
            report(node, "image not found: " + quoted(written));
            return false;
        }
        if (written.front() == '/' || written.front() == '\\') {
            report_absolute(node, written);
            return false;
        }
        return rewrite_relative(node, written, image);
    }

    /// Links with a scheme: web, mail and phone pass; anything else is an error.
    bool check_scheme(Node& node, const std::string& scheme, std::string_view written) {
        bool image = node.kind == NodeKind::image;
        if (scheme.size() == 1 && written.size() > 2 && (written[2] == '\\' || written[2] == '/')) {
            report_absolute(node, written);  // C:\Users\… is a file path, not a URL
            return false;
        }
        if (is_unsafe_scheme(scheme)) {
            report(node, "unsafe link scheme: " + quoted(scheme + ":"));
            return false;
        }
        bool web = scheme == "http" || scheme == "https";
        if (web || (!image && (scheme == "mailto" || scheme == "tel"))) return true;
        report(node, "unsupported link scheme: " + quoted(scheme + ":"),
               image ? "images must be site files or use https" : "use https, http, mailto or tel");
        return false;
    }

    /// Relative paths: resolved against the file's folder, then looked up among pages and files.
    bool rewrite_relative(Node& node, std::string_view written, bool image) {
        size_t cut = written.find_first_of("?#");
        std::string suffix(cut == std::string_view::npos ? std::string_view() : written.substr(cut));
        std::string path = percent_decode(written.substr(0, cut));
        std::replace(path.begin(), path.end(), '\\', '/');
        if (path.empty()) {
            if (!image) return true;  // "?q" or "#…" on this page
            report(node, "image not found: " + quoted(written));
            return false;
        }
        std::optional<std::string> resolved = resolve_path(folder_, path);
        if (!resolved || (*resolved != "content" && !starts_with(*resolved, "content/"))) {
            report(node, "link leaves the site: " + quoted(written));
            return false;
        }
        if (image) {
            if (point_to_file(node, *resolved, suffix)) return true;
            report(node, "image not found: " + quoted(written), hint_for(*resolved, false));
            return false;
        }
        bool markdown = ends_with_ignoring_case(*resolved, ".md");
        if (markdown ? point_to_page(node, *resolved, suffix) : point_to_file(node, *resolved, suffix)) return true;
        for (const char* index : {"/index.md", "/_index.md"}) {  // a folder: its index page
            if (!markdown && point_to_page(node, *resolved + index, suffix)) return true;
        }
        std::string hint = hint_for(*resolved, markdown);
        if (hint.empty() && starts_with(written, "www.")) hint = "did you mean " + quoted("https://" + std::string(written)) + "?";
        report(node, "link points nowhere: " + quoted(written), hint);
        return false;
    }

    bool point_to_page(Node& node, const std::string& path, const std::string& suffix) {
        auto page = targets_.pages.find(path);
        if (page == targets_.pages.end()) return false;
        node.attributes().url = base_path_ + page->second + suffix;
        node.attributes().source = path;
        return true;
    }

    bool point_to_file(Node& node, const std::string& path, const std::string& suffix) {
        if (!starts_with(path, "content/") || targets_.files.count(path) == 0) return false;
        node.attributes().url = base_path_ + percent_encode_path(std::string_view(path).substr(8)) + suffix;
        node.attributes().source = path;
        return true;
    }

    /// "did you mean …?" naming the closest page (or file), written relative to this file.
    std::string hint_for(const std::string& resolved, bool page) const {
        std::vector<std::string> candidates;
        if (page) {
            candidates.reserve(targets_.pages.size());
            for (const auto& [path, url] : targets_.pages) candidates.push_back(path);
        } else {
            for (const auto& path : targets_.files)
                if (starts_with(path, "content/") && !ends_with_ignoring_case(path, ".md")) candidates.push_back(path);
        }
        std::string best = closest_match(resolved, candidates);
        return best.empty() ? std::string() : "did you mean " + quoted(relative_path(folder_, best)) + "?";
    }

    void report_absolute(const Node& node, std::string_view written) {
        report(node, "absolute file path " + quoted(written) + "; write the path relative to this file");
    }

    void report(const Node& node, std::string message, std::string hint = {}) {
        diagnostics_.error({source_path_, node.line, node.column}, std::move(message), std::move(hint));
    }

    const std::string& source_path_;
    std::string folder_;
    const LinkTargets& targets_;
    std::string base_path_;
    Diagnostics& diagnostics_;
};

}  // namespace

void rewrite_links(Node& doc, const std::string& source_path, const LinkTargets& targets, Diagnostics& diagnostics) {
    LinkRewriter(source_path, targets, diagnostics).rewrite_children(doc);
}

}  // namespace publish
