// Figures of a running process from /proc/<pid>/status (Linux).
#pragma once

#include <QByteArray>
#include <QString>

namespace mct::test {

// A "kB" field of /proc/<process>/status ("VmRSS", "VmHWM", ...) in KiB; process is a pid or
// "self". -1 when the process or the field is not there.
[[nodiscard]] qint64 processStatusKiB(const QString &process, const QByteArray &field);

} // namespace mct::test
