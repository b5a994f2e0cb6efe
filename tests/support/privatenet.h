// For tests that run sockets in their own process: move it into a fresh network namespace
// (before any thread exists) and give that namespace's loopback multicast.
#pragma once

#include "cirequire.h"

#include <QString>
#include <QStringList>

namespace mct::test {

// Call first in main(), before QApplication: threads made later inherit the namespace.
// Returns why it failed, empty on success (and keeps it for privateNetworkProblem()).
QString enterPrivateNetwork();
// What enterPrivateNetwork() returned.
[[nodiscard]] QString privateNetworkProblem();
// Runs iproute2's `ip` with args inside this (private) namespace; *error says why it failed.
bool runIp(const QStringList &args, QString *error = nullptr);
// lo up and multicast-capable, with 224.0.0.0/4 routed over it from 127.0.0.1.
bool setUpLoopbackMulticast(QString *error);

} // namespace mct::test

// main() of a test that runs in its own network namespace: entered before the application object
// (QCoreApplication or QApplication) and before any thread, so threads made later inherit it.
#define MCT_TEST_MAIN_IN_PRIVATE_NETWORK(TestObject, Application) \
    int main(int argc, char *argv[])                              \
    {                                                             \
        mct::test::enterPrivateNetwork();                         \
        Application app(argc, argv);                              \
        TestObject test;                                          \
        QTEST_SET_MAIN_SOURCE_PATH                                \
        return QTest::qExec(&test, argc, argv);                   \
    }

// In initTestCase(): skips the whole test, saying why, when main() could not enter the namespace
// (fails it in CI, which runs as root).
#define MCT_SKIP_WITHOUT_PRIVATE_NETWORK()                                            \
    do {                                                                              \
        if (!mct::test::privateNetworkProblem().isEmpty()) {                          \
            MCT_SKIP_OR_FAIL_IN_CI(QStringLiteral("no private network namespace: %1") \
                                           .arg(mct::test::privateNetworkProblem())); \
        }                                                                             \
    } while (false)
