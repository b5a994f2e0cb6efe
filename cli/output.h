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
void printNote(const QString &message);    // "mctester: message" on stderr: news, not a problem
void flushOutput();
// The first error writing to stdout (0: none so far): EPIPE when the reader has gone (| head),
// ENOSPC on a full disk; and the OS's words for it.
[[nodiscard]] int outputErrno();
[[nodiscard]] QString outputErrorText();
// A command's --help, its usage line naming it as users type it ("mctester recv"), not by the
// path the program was started from.
void printHelp(const QCommandLineParser &parser, const QString &command);

} // namespace mct::cli
