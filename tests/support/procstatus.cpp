// Figures of a running process from /proc/<pid>/status (Linux).
#include "procstatus.h"

#include <QFile>

namespace mct::test {

QByteArray processStatusField(const QString &process, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(process));
    if (!status.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed();
        }
    }
    return {};
}

qint64 processStatusKiB(const QString &process, const QByteArray &field)
{
    const QByteArray value = processStatusField(process, field);
    return value.isEmpty() ? -1 : value.split(' ').first().toLongLong();
}

} // namespace mct::test
