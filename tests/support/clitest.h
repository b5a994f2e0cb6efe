// Small helpers shared by the tests that run the mctester binary: its command line and its output.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mct::test {

// The built mctester executable followed by args, ready for NetnsLab::run/start.
[[nodiscard]] QStringList mctester(const QStringList &args);
// Every non-empty line must be one JSON object; on the first that is not, *error says which.
[[nodiscard]] QList<QJsonObject> parseJsonLines(const QByteArray &output, QString *error);
// The object under `key` in the first line that has it, e.g. "summary".
[[nodiscard]] QJsonObject findJsonKey(const QList<QJsonObject> &objects, const QString &key);
// Every object whose `key` is the string `value` (e.g. "event": "outage"), in their order.
[[nodiscard]] QList<QJsonObject> jsonLinesWhere(const QList<QJsonObject> &objects, const QString &key,
                                                const QString &value);
// The doctor's JSON line for one check (empty when it has none); *error says if a line was not JSON.
[[nodiscard]] QJsonObject doctorCheck(const QByteArray &output, const QString &name, QString *error);
[[nodiscard]] QStringList linesOf(const QByteArray &output);
// Writes a helper script (the "other program" of a test) into dir; its path, or empty on failure.
[[nodiscard]] QString writeScript(const QTemporaryDir &dir, const QString &name, const char *text);

} // namespace mct::test
