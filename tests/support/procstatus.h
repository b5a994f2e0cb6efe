// Figures of a running process from /proc/<pid>/status (Linux).
#pragma once

#include <QByteArray>
#include <QString>

namespace mct::test {

// A field of /proc/<process>/status as written there, e.g. "12345 kB" or a hex signal mask;
// process is a pid or "self". Empty when the process or the field is not there.
[[nodiscard]] QByteArray processStatusField(const QString &process, const QByteArray &field);

// A "kB" field of /proc/<process>/status ("VmRSS", "VmHWM", ...) in KiB; -1 when it is not there.
[[nodiscard]] qint64 processStatusKiB(const QString &process, const QByteArray &field);

} // namespace mct::test
