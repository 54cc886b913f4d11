# The site's pages from the theme's templates (mustache), plus the search index and theme assets.
publish_module(html
  SOURCES
    theme.cpp
    mustache_data.cpp
    text_format.cpp
    site_index.cpp
    page_plan.cpp
    page_context.cpp
    briefing_panels.cpp
    review_facts.cpp
    document_pages.cpp
    listing_pages.cpp
    render_page.cpp
    search_index.cpp
    theme_assets.cpp
  DEPS publish_html_tree publish_model nlohmann_json::nlohmann_json mustache::mustache
  TESTS
    theme_test.cpp
    text_format_test.cpp
    briefing_panels_test.cpp
    site_pages_test.cpp
    search_index_test.cpp)
