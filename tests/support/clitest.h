// Small helpers shared by the tests that run the mctester binary: its command line and its output.
#pragma once

#include "netns.h"

#include <QByteArray>
#include <QFile>
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

// Why a run did not end with exit status `code`, with all it printed; empty when it did.
[[nodiscard]] QString exitProblem(const RunResult &result, int code);
// Why a run is not refused as bad input the way the program promises (exit 2, "mctester: " and
// `named` on stderr, nothing started on stdout); empty when it is.
[[nodiscard]] QString usageErrorProblem(const RunResult &result, const QString &named);

} // namespace mct::test

// In a test: the run ended with exit status `code`, or the failure shows what it printed.
#define MCT_VERIFY_EXIT_CODE(result, code)                       \
    QVERIFY2(mct::test::exitProblem((result), (code)).isEmpty(), \
             qPrintable(mct::test::exitProblem((result), (code))))

// In initTestCase(): skips the test, saying why, where private namespaces cannot be made (the host's
// network is never used instead), and fails when the program under test is not built.
#define MCT_REQUIRE_NAMESPACES_AND_PROGRAM()                                                         \
    do {                                                                                             \
        QString why;                                                                                 \
        if (!mct::test::NetnsLab().available(&why)) {                                                \
            QSKIP(qPrintable(                                                                        \
                    QStringLiteral("needs private network namespaces, never the host's network: %1") \
                            .arg(why)));                                                             \
        }                                                                                            \
        QVERIFY2(QFile::exists(QStringLiteral(MCT_BINARY)), MCT_BINARY " is not built");             \
    } while (false)
