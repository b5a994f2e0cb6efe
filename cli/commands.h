// The headless subcommands: `mctester send` and `mctester recv`.
#pragma once

#include <QStringList>

namespace mct::cli {

// True when args[1] names a subcommand, so main() starts without a GUI.
[[nodiscard]] bool isSubcommand(const QStringList &args);
// Runs the subcommand in args[1] inside an existing QCoreApplication; returns the exit status.
[[nodiscard]] int runSubcommand(const QStringList &args);

[[nodiscard]] int runSend(const QStringList &args);
[[nodiscard]] int runRecv(const QStringList &args);

} // namespace mct::cli
