// The window's command line: --join, --interface and --lang, with help that points to the subcommands.
#pragma once

#include "receiver.h"

#include <QStringList>

namespace mct::ui {

struct GuiOptions
{
    QList<core::JoinRequest> joins;
    QString interfaceName; // empty: the default in each pane
    QString language;      // empty: the saved choice or the system's
};

enum class GuiParseResult {
    Run,
    ExitOk,
    ExitUsage
};

// Exit status for bad options, as for the subcommands.
inline constexpr int kExitUsage = 2;

struct GuiParse
{
    GuiParseResult result = GuiParseResult::Run;
    QString output; // help or version (stdout), or the problem (stderr)
    GuiOptions options;

    // Prints the output where it belongs and returns the exit status.
    int report() const;
};

// Works before any application object exists (then untranslated), so help and bad options are
// answered without a display. Qt's own options (-platform, -style, ...) are left to QApplication.
[[nodiscard]] GuiParse parseGuiArguments(const QStringList &arguments);
// The --lang value, for loading translations before parsing; empty when absent or not offered.
[[nodiscard]] QString languageArgument(const QStringList &arguments);

} // namespace mct::ui
