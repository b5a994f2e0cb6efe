// The hints that come with socket and send errors: each audience gets its own words (the command
// line's flags, the window's fields), and the membership limit only where it is the cause.
#include "multicastsocket.h"
#include "sender.h"

#include <QTest>

#include <cerrno>

using namespace Qt::StringLiterals;
using mct::core::Audience;

class TestSocketError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinNoDevice_eachAudienceItsOwnWords();
    void sendUnreachable_eachAudienceItsOwnWords();
    void joinNoBuffers_namesTheMembershipLimit();
};

void TestSocketError::joinNoDevice_eachAudienceItsOwnWords()
{
    const QString commandLine = mct::core::socketErrorText(ENODEV, true, false, Audience::CommandLine);
    QVERIFY2(commandLine.contains(u"(-i)"_s), qPrintable(commandLine));
    const QString window = mct::core::socketErrorText(ENODEV, true, false, Audience::Window);
    QVERIFY2(!window.contains(u"-i"_s) && window.contains(u"Interface list"_s), qPrintable(window));
    QVERIFY2(window.contains(u"ENODEV"_s) && window.contains(u"ip route add 224.0.0.0/4"_s),
             qPrintable(window));
    QVERIFY2(!window.contains(u"igmp_max_memberships"_s), qPrintable(window));
}

void TestSocketError::sendUnreachable_eachAudienceItsOwnWords()
{
    const QString commandLine = mct::core::sendErrorText(ENETUNREACH, false, Audience::CommandLine);
    QVERIFY2(commandLine.contains(u"(-i)"_s) && commandLine.contains(u"ENETUNREACH"_s),
             qPrintable(commandLine));
    const QString window = mct::core::sendErrorText(ENETUNREACH, true, Audience::Window);
    QVERIFY2(!window.contains(u"-i"_s) && window.contains(u"Interface list"_s), qPrintable(window));
    QVERIFY2(window.contains(u"ff00::/8"_s), qPrintable(window));
}

void TestSocketError::joinNoBuffers_namesTheMembershipLimit()
{
    const QString text = mct::core::socketErrorText(ENOBUFS, true, false, Audience::Window);
    QVERIFY2(text.contains(u"igmp_max_memberships"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestSocketError)
#include "tst_socketerror.moc"
