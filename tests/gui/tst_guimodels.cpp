// Tests for the small pane models: who answered (ReplyModel) and the joined groups with their counts.
#include "joinedgroupsmodel.h"
#include "replymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using mct::ui::JoinedGroupsModel;
using mct::ui::ReplyModel;

namespace {

mct::core::ReplyRecord reply(const char *from, const QByteArray &data, double rttMs = -1)
{
    mct::core::ReplyRecord r;
    r.receiveTimeNs = 1'700'000'000'000'000'000LL;
    r.from = QHostAddress(QString::fromLatin1(from));
    r.fromPort = 5000;
    r.data = data;
    r.roundTripMs = rttMs;
    return r;
}

mct::core::JoinRequest request(const char *endpoint, const char *interface = "")
{
    return mct::core::JoinRequest{mct::core::parseEndpoint(QString::fromLatin1(endpoint)).value(),
                                  QString::fromLatin1(interface),
                                  {},
                                  {}};
}

mct::core::PacketBatch packets(quint32 group, quint16 port, int count)
{
    mct::core::PacketBatch batch;
    for (int i = 0; i < count; ++i) {
        mct::core::PacketRecord r;
        r.group = mct::core::NetAddress::fromIPv4(group);
        r.port = port;
        batch.records.append(r);
    }
    return batch;
}

} // namespace

class TestGuiModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyModel_newAndKnownReceivers_insertOnceThenUpdate();
    void replyModel_plainTextReply_shownEscaped();
    void joinedGroups_addCountRemove_signalsAndCounts();
};

void TestGuiModels::replyModel_newAndKnownReceivers_insertOnceThenUpdate()
{
    ReplyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.addReply(reply("10.0.0.2", "a"));
    model.addReply(reply("10.0.0.3", "b"));
    model.addReply(reply("10.0.0.2", "c"));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0, ReplyModel::RepliesColumn)).toString(), QStringLiteral("2"));
    QCOMPARE(model.data(model.index(0, ReplyModel::TextColumn)).toString(), QStringLiteral("c"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::replyModel_plainTextReply_shownEscaped()
{
    ReplyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addReply(reply("10.0.0.2", "<i>hi</i>\n"));
    QCOMPARE(model.data(model.index(0, ReplyModel::TextColumn)).toString(), QStringLiteral("<i>hi</i>\\n"));
}

void TestGuiModels::joinedGroups_addCountRemove_signalsAndCounts()
{
    JoinedGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addGroup(request("239.1.1.1:5000"), {QStringLiteral("eth0")});
    model.addGroup(request("239.1.1.2:5001"), {QStringLiteral("eth0"), QStringLiteral("eth1")});
    model.addGroup(request("239.1.1.2:5001"), {}); // already there
    QCOMPARE(model.rowCount(), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.countPackets(packets(0xEF010102, 5001, 3));
    model.countPackets(packets(0xEF010101, 5000, 2));
    model.countPackets(packets(0xEF010101, 5009, 4)); // another port: not ours
    QCOMPARE(model.packets(0), quint64(2));
    QCOMPARE(model.packets(1), quint64(3));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.data(model.index(1, JoinedGroupsModel::InterfaceColumn)).toString(),
             QStringLiteral("eth0, eth1"));

    model.removeGroup(request("239.1.1.1:5000"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.request(0).endpoint.toString(), QStringLiteral("239.1.1.2:5001"));
}

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
