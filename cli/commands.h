// The headless subcommands: `mctester send`, `mctester recv` and `mctester doctor`.
#pragma once

#include <QStringList>

namespace mct::cli {

// True when args[1] names a subcommand, so main() starts without a GUI.
[[nodiscard]] bool isSubcommand(const QStringList &args);
// Runs the subcommand in args[1] inside an existing QCoreApplication; returns the exit status.
[[nodiscard]] int runSubcommand(const QStringList &args);

[[nodiscard]] int runSend(const QStringList &args);
[[nodiscard]] int runRecv(const QStringList &args);
[[nodiscard]] int runDoctorCommand(const QStringList &args);

} // namespace mct::cli
