// The --help text as users type the command: `mctester send`, not the path the program was started by.
#pragma once

#include <QString>

class QCommandLineParser;

namespace mct::core {

// parser.helpText() with the program's path in its usage line replaced by `mctester` and the command
// (empty for the program itself).
[[nodiscard]] QString helpAsTyped(const QCommandLineParser &parser, const QString &command = {});

} // namespace mct::core
