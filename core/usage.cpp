// The --help text as users type the command: `mctester send`, not the path the program was started by.
#include "usage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mct::core {

QString helpAsTyped(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(u'\n')) { // in the usage line
        const QString typed =
                command.isEmpty() ? QStringLiteral("mctester") : QStringLiteral("mctester ") + command;
        text.replace(at, program.size(), typed);
    }
    return text;
}

} // namespace mct::core
