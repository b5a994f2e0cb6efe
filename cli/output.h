// Line-oriented output of the headless commands: stdout for results, stderr for messages.
#pragma once

#include <QJsonObject>
#include <QString>

class QCommandLineParser;

namespace mct::cli {

void printLine(const QString &line);
void printJson(const QJsonObject &object);
void printError(const QString &message);   // "mctester: message" on stderr
void printWarning(const QString &message); // "mctester: warning: message" on stderr
void flushOutput();
// A command's --help, its usage line naming it as users type it ("mctester recv"), not by the
// path the program was started from.
void printHelp(const QCommandLineParser &parser, const QString &command);

} // namespace mct::cli
