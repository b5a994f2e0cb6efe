// Line-oriented output of the headless commands: stdout for results, stderr for messages.
#pragma once

#include <QJsonObject>
#include <QString>

namespace mct::cli {

void printLine(const QString &line);
void printJson(const QJsonObject &object);
void printError(const QString &message);   // "mctester: message" on stderr
void printWarning(const QString &message); // "mctester: warning: message" on stderr
void flushOutput();

} // namespace mct::cli
