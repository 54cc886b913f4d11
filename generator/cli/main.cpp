// publish: Markdown and JSON data into a website and PDFs for a safeguarding children partnership.
#include <string>
#include <vector>

#include "cli/commands.h"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return publish::run(args);
}
