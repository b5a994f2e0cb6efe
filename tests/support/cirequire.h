// Skips that are honest: a test that cannot run here says why and shows as skipped, except in CI,
// where root and the tools scripts/deps.sh --test installs are there, so their lack is a failure.
#pragma once

#include <QString>
#include <QTest>

namespace mct::test {

// True when the environment says CI=true (GitHub Actions, GitLab CI and most others set it).
[[nodiscard]] inline bool inCi()
{
    return qEnvironmentVariable("CI") == QStringLiteral("true");
}

// Why a test that needs root or a tool the scripts install did not run, as a failure message in CI.
[[nodiscard]] inline QString ciMustProvide(const QString &why)
{
    return QStringLiteral("%1 (CI=true: CI runs as root after scripts/deps.sh --test, so this must not "
                          "be missing)")
            .arg(why);
}

} // namespace mct::test

// Skips the current test function with `why`, or fails it when mct::test::inCi(). For what CI
// provides: root (namespaces, cgroups, scheduling) and the tools scripts/deps.sh --test installs.
// Not for what a kernel or a build lacks (a portable build, a kernel without multicast routing).
#define MCT_SKIP_OR_FAIL_IN_CI(why)                               \
    do {                                                          \
        const QString mctWhy_ = (why);                            \
        if (mct::test::inCi()) {                                  \
            QFAIL(qPrintable(mct::test::ciMustProvide(mctWhy_))); \
        }                                                         \
        QSKIP(qPrintable(mctWhy_));                               \
    } while (false)
