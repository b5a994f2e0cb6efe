// For tests that run sockets in their own process: move it into a fresh network namespace
// (before any thread exists) and give that namespace's loopback multicast.
#include "privatenet.h"

#include <QProcess>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#include <sched.h>

namespace mct::test {

namespace {
QString g_problem; // set in main() before any thread exists, read-only afterwards
} // namespace

QString enterPrivateNetwork()
{
    if (::unshare(CLONE_NEWNET) != 0) {
        g_problem = QStringLiteral("unshare(CLONE_NEWNET): %1 (needs root or CAP_SYS_ADMIN)")
                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    return g_problem;
}

QString privateNetworkProblem()
{
    return g_problem;
}

bool runIp(const QStringList &args, QString *error)
{
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"),
                                                      {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                       QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    if (ip.isEmpty()) {
        if (error) {
            *error = QStringLiteral("iproute2's `ip` is not installed");
        }
        return false;
    }
    QProcess process;
    // A child process stays in our namespace: this configures the private one, never the host's.
    process.start(ip, args);
    if (!process.waitForFinished(10'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("ip %1: %2")
                             .arg(args.join(u' '),
                                  QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        }
        return false;
    }
    return true;
}

bool setUpLoopbackMulticast(QString *error)
{
    const QString lo = QStringLiteral("lo");
    // src: 127.0.0.1 has host scope, so without it the kernel sends multicast from 0.0.0.0.
    return runIp({QStringLiteral("link"), QStringLiteral("set"), lo, QStringLiteral("up")}, error)
           && runIp({QStringLiteral("link"), QStringLiteral("set"), lo, QStringLiteral("multicast"),
                     QStringLiteral("on")},
                    error)
           && runIp({QStringLiteral("route"), QStringLiteral("replace"), QStringLiteral("224.0.0.0/4"),
                     QStringLiteral("dev"), lo, QStringLiteral("src"), QStringLiteral("127.0.0.1")},
                    error);
}

} // namespace mct::test
