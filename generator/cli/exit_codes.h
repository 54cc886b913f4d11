// The exit statuses of every command (CONTENT-MODEL: 0 success, 1 the content has errors, 2 bad usage).
#pragma once

namespace publish {

constexpr int exit_ok = 0;
constexpr int exit_content = 1;
constexpr int exit_usage = 2;

}  // namespace publish
