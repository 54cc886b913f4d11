// Writes a Drawing as SVG with tinyxml2: one element per item, patterns defined once each.
#include "charts/svg.h"

#include <cmath>
#include <cstdio>
#include <map>

#include <tinyxml2.h>

#include "charts/palette.h"

namespace publish {

namespace {

using tinyxml2::XMLElement;

const char* anchor_name(Anchor a) {
    switch (a) {
        case Anchor::start: return "start";
        case Anchor::middle: return "middle";
        case Anchor::end: return "end";
    }
    return "start";
}

class SvgWriter {
public:
    SvgWriter(const Drawing& drawing, std::string_view prefix) : drawing_(drawing), prefix_(prefix) {}

    std::string write() {
        XMLElement* svg = doc_.NewElement("svg");
        doc_.InsertEndChild(svg);
        svg->SetAttribute("xmlns", "http://www.w3.org/2000/svg");
        set(svg, "width", drawing_.width);
        set(svg, "height", drawing_.height);
        svg->SetAttribute("viewBox", ("0 0 " + svg_number(drawing_.width) + " " + svg_number(drawing_.height)).c_str());
        svg->SetAttribute("role", "img");
        svg->SetAttribute("aria-labelledby", (prefix_ + "-title " + prefix_ + "-desc").c_str());
        svg->SetAttribute("class", ("chart-svg chart-" + (drawing_.kind.empty() ? std::string("figure") : drawing_.kind)).c_str());
        svg->SetAttribute("font-family", "'Noto Sans', 'Liberation Sans', Arial, sans-serif");
        XMLElement* title = svg->InsertNewChildElement("title");
        title->SetAttribute("id", (prefix_ + "-title").c_str());
        title->SetText(drawing_.title.c_str());
        XMLElement* desc = svg->InsertNewChildElement("desc");
        desc->SetAttribute("id", (prefix_ + "-desc").c_str());
        desc->SetText(drawing_.description.c_str());
        defs_ = nullptr;
        root_ = svg;
        for (const auto& item : drawing_.items) std::visit([this](const auto& i) { add(i); }, item);
        tinyxml2::XMLPrinter printer(nullptr, true);
        doc_.Print(&printer);
        return printer.CStr();
    }

private:
    static void set(XMLElement* e, const char* name, double v) { e->SetAttribute(name, svg_number(v).c_str()); }

    /// fill= for a colour and pattern: the colour itself, or url(#…) of a pattern made once.
    std::string paint(Colour c, Pattern p) {
        if (p == Pattern::solid) return charts::hex(c);
        std::string key = charts::hex(c) + (p == Pattern::diagonal ? "d" : "o");
        auto found = patterns_.find(key);
        if (found != patterns_.end()) return "url(#" + found->second + ")";
        if (defs_ == nullptr) {
            defs_ = doc_.NewElement("defs");
            root_->InsertAfterChild(root_->FirstChildElement("desc"), defs_);
        }
        std::string id = prefix_ + "-pattern-" + std::to_string(patterns_.size() + 1);
        patterns_[key] = id;
        XMLElement* pattern = defs_->InsertNewChildElement("pattern");
        pattern->SetAttribute("id", id.c_str());
        pattern->SetAttribute("patternUnits", "userSpaceOnUse");
        pattern->SetAttribute("width", "5");
        pattern->SetAttribute("height", "5");
        if (p == Pattern::diagonal) pattern->SetAttribute("patternTransform", "rotate(45)");
        XMLElement* base = pattern->InsertNewChildElement("rect");
        base->SetAttribute("width", "5");
        base->SetAttribute("height", "5");
        base->SetAttribute("fill", charts::hex(c).c_str());
        if (p == Pattern::diagonal) {
            XMLElement* stripe = pattern->InsertNewChildElement("rect");
            stripe->SetAttribute("width", "1.5");
            stripe->SetAttribute("height", "5");
            stripe->SetAttribute("fill", "#ffffff");
        } else {
            XMLElement* dot = pattern->InsertNewChildElement("circle");
            dot->SetAttribute("cx", "2.5");
            dot->SetAttribute("cy", "2.5");
            dot->SetAttribute("r", "1");
            dot->SetAttribute("fill", "#ffffff");
        }
        return "url(#" + id + ")";
    }

    void add(const Rect& r) {
        XMLElement* e = root_->InsertNewChildElement("rect");
        set(e, "x", r.x);
        set(e, "y", r.y);
        set(e, "width", r.width);
        set(e, "height", r.height);
        if (r.corner_radius > 0) set(e, "rx", r.corner_radius);
        e->SetAttribute("fill", paint(r.fill, r.pattern).c_str());
        if (r.stroked) {
            e->SetAttribute("stroke", charts::hex(r.stroke).c_str());
            set(e, "stroke-width", r.stroke_width);
        }
    }

    void add(const Line& l) {
        XMLElement* e = root_->InsertNewChildElement("line");
        set(e, "x1", l.x1);
        set(e, "y1", l.y1);
        set(e, "x2", l.x2);
        set(e, "y2", l.y2);
        e->SetAttribute("stroke", charts::hex(l.stroke).c_str());
        set(e, "stroke-width", l.width);
        if (l.dashed) e->SetAttribute("stroke-dasharray", "3 3");
    }

    void add(const Polyline& p) {
        XMLElement* e = root_->InsertNewChildElement("polyline");
        std::string points;
        for (const auto& pt : p.points) points += (points.empty() ? "" : " ") + svg_number(pt.x) + "," + svg_number(pt.y);
        e->SetAttribute("points", points.c_str());
        e->SetAttribute("fill", "none");
        e->SetAttribute("stroke", charts::hex(p.stroke).c_str());
        set(e, "stroke-width", p.width);
        e->SetAttribute("stroke-linejoin", "round");
        e->SetAttribute("stroke-linecap", "round");
    }

    void add(const Circle& c) {
        XMLElement* e = root_->InsertNewChildElement("circle");
        set(e, "cx", c.cx);
        set(e, "cy", c.cy);
        set(e, "r", c.r);
        e->SetAttribute("fill", c.filled ? charts::hex(c.fill).c_str() : "none");
        if (c.stroked) {
            e->SetAttribute("stroke", charts::hex(c.stroke).c_str());
            set(e, "stroke-width", c.stroke_width);
        }
    }

    void add(const Arc& a) {
        constexpr double pi = 3.14159265358979323846;
        auto at = [&](double degrees) {
            double rad = degrees * pi / 180;
            return svg_number(a.cx + a.r * std::sin(rad)) + " " + svg_number(a.cy - a.r * std::cos(rad));
        };
        std::string d = "M " + svg_number(a.cx) + " " + svg_number(a.cy) + " L " + at(a.start) + " A " + svg_number(a.r) +
                        " " + svg_number(a.r) + " 0 " + (a.end - a.start > 180 ? "1" : "0") + " 1 " + at(a.end) + " Z";
        XMLElement* e = root_->InsertNewChildElement("path");
        e->SetAttribute("d", d.c_str());
        e->SetAttribute("fill", charts::hex(a.fill).c_str());
    }

    void add(const TextRun& t) {
        XMLElement* e = root_->InsertNewChildElement("text");
        set(e, "x", t.x);
        set(e, "y", t.y);
        set(e, "font-size", t.size);
        if (t.bold) e->SetAttribute("font-weight", "bold");
        if (t.anchor != Anchor::start) e->SetAttribute("text-anchor", anchor_name(t.anchor));
        e->SetAttribute("fill", charts::hex(t.fill).c_str());
        e->SetText(t.text.c_str());
    }

    const Drawing& drawing_;
    std::string prefix_;
    tinyxml2::XMLDocument doc_;
    XMLElement* root_ = nullptr;
    XMLElement* defs_ = nullptr;
    std::map<std::string, std::string> patterns_;
};

}  // namespace

std::string svg_number(double value) {
    double rounded = std::round(value * 100) / 100;
    if (rounded == 0) rounded = 0;  // no "-0"
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", rounded);
    std::string s = buffer;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

std::string render_svg(const Drawing& drawing, std::string_view id_prefix) {
    return SvgWriter(drawing, id_prefix).write();
}

}  // namespace publish
