// For tests that run sockets in their own process: move it into a fresh network namespace
// (before any thread exists) and give that namespace's loopback multicast.
#pragma once

#include <QString>
#include <QStringList>

namespace mct::test {

// Call first in main(), before QApplication: threads made later inherit the namespace.
// Returns why it failed, empty on success.
[[nodiscard]] QString enterPrivateNetwork();
// Runs iproute2's `ip` with args inside this (private) namespace; *error says why it failed.
bool runIp(const QStringList &args, QString *error = nullptr);
// lo up and multicast-capable, with 224.0.0.0/4 routed over it from 127.0.0.1.
bool setUpLoopbackMulticast(QString *error);

} // namespace mct::test
