// Tests for GroupWarnings: the message bar names every joined group that stopped receiving, and its
// warning goes away when they receive again.
#include "groupwarnings.h"
#include "messagebar.h"

#include <QTest>

#include <utility>

using mct::ui::GroupWarnings;
using mct::ui::MessageBar;

namespace {

mct::core::JoinRequest request(const char *group)
{
    mct::core::JoinRequest r;
    r.endpoint = mct::core::parseEndpoint(QString::fromLatin1(group)).value();
    r.interfaceName = QStringLiteral("eth1");
    return r;
}

QString downMessage(const mct::core::JoinRequest &r)
{
    return QStringLiteral("%1 is not receiving: interface eth1 is down").arg(r.toString());
}

// Two groups on eth1 go down, in this order.
std::pair<mct::core::JoinRequest, mct::core::JoinRequest> twoGroupsDown(GroupWarnings &warnings)
{
    const auto a = request("239.1.2.3:5000");
    const auto b = request("239.1.2.4:5000");
    warnings.onGroupStateChanged(a, false, downMessage(a));
    warnings.onGroupStateChanged(b, false, downMessage(b));
    return {a, b};
}

} // namespace

class TestGroupWarnings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interfaceDown_twoGroups_barNamesBoth();
    void interfaceUp_allGroupsBack_warningGoesAway();
    void oneGroupBack_otherStillDown_barNamesOnlyTheOther();
    void otherMessageSince_groupBack_leftAlone();
    void groupLeftWhileDown_warningGoesAway();
};

void TestGroupWarnings::interfaceDown_twoGroups_barNamesBoth()
{
    MessageBar bar;
    GroupWarnings warnings(&bar);
    const auto [a, b] = twoGroupsDown(warnings);
    QVERIFY(!bar.isHidden());
    QCOMPARE(bar.kind(), MessageBar::Kind::Warning);
    QVERIFY2(bar.text().contains(a.toString()), qPrintable(bar.text()));
    QVERIFY2(bar.text().contains(b.toString()), qPrintable(bar.text()));
    QCOMPARE(warnings.groupsDown(), 2);
}

void TestGroupWarnings::interfaceUp_allGroupsBack_warningGoesAway()
{
    MessageBar bar;
    GroupWarnings warnings(&bar);
    const auto [a, b] = twoGroupsDown(warnings);
    warnings.onGroupStateChanged(a, true, QStringLiteral("239.1.2.3:5000 joined again on eth1"));
    warnings.onGroupStateChanged(b, true, QStringLiteral("239.1.2.4:5000 joined again on eth1"));
    // No yellow bar saying "is not receiving" any more; the news that they are back hides by itself.
    QVERIFY(bar.isHidden() || bar.kind() == MessageBar::Kind::Information);
    QVERIFY2(!bar.text().contains(QStringLiteral("not receiving")), qPrintable(bar.text()));
    QCOMPARE(warnings.groupsDown(), 0);
}

void TestGroupWarnings::oneGroupBack_otherStillDown_barNamesOnlyTheOther()
{
    MessageBar bar;
    GroupWarnings warnings(&bar);
    const auto [a, b] = twoGroupsDown(warnings);
    warnings.onGroupStateChanged(a, true, QStringLiteral("239.1.2.3:5000 is receiving again"));
    QCOMPARE(bar.kind(), MessageBar::Kind::Warning);
    QCOMPARE(bar.text(), downMessage(b));
}

void TestGroupWarnings::otherMessageSince_groupBack_leftAlone()
{
    MessageBar bar;
    GroupWarnings warnings(&bar);
    const auto a = request("239.1.2.3:5000");
    warnings.onGroupStateChanged(a, false, downMessage(a));
    bar.showMessage(MessageBar::Kind::Error, QStringLiteral("Sending failed: example"));
    warnings.onGroupStateChanged(a, true, QStringLiteral("239.1.2.3:5000 is receiving again"));
    QCOMPARE(bar.kind(), MessageBar::Kind::Error);
    QCOMPARE(bar.text(), QStringLiteral("Sending failed: example"));
}

void TestGroupWarnings::groupLeftWhileDown_warningGoesAway()
{
    MessageBar bar;
    GroupWarnings warnings(&bar);
    const auto a = request("239.1.2.3:5000");
    warnings.onGroupStateChanged(a, false, downMessage(a));
    warnings.onLeft(a);
    QVERIFY(bar.isHidden());
    QCOMPARE(warnings.groupsDown(), 0);
}

QTEST_MAIN(TestGroupWarnings)
#include "tst_groupwarnings.moc"
