// Tests for the small pane models: who answered (ReplyModel), the joined groups with their counts, streams.
#include "joinedgroupsmodel.h"
#include "replymodel.h"
#include "streamstatsmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using mct::ui::JoinedGroupsModel;
using mct::ui::ReplyModel;
using mct::ui::StreamStatsModel;

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

// A probe reply to a probe sent with sentTtl that arrived with receivedTtl.
mct::core::ReplyRecord ttlReply(const char *from, int sentTtl, int receivedTtl)
{
    mct::core::ProbeReply probe;
    probe.host = QStringLiteral("rx");
    probe.ttl = qint16(receivedTtl);
    mct::core::ReplyRecord r = reply(from, mct::core::encodeReply(probe), 1.0);
    r.probe = probe;
    r.sentTtl = sentTtl;
    return r;
}

mct::core::JoinRequest request(const char *endpoint, const char *interface = "")
{
    return mct::core::JoinRequest{mct::core::parseEndpoint(QString::fromLatin1(endpoint)).value(),
                                  QString::fromLatin1(interface),
                                  {},
                                  {}};
}

mct::core::StreamSnapshot stream(quint16 sourcePort, mct::core::PayloadFormat format, quint64 received)
{
    mct::core::StreamSnapshot s;
    s.key.source = mct::core::NetAddress::fromIPv4(0xC0000201);
    s.key.group = mct::core::NetAddress::fromIPv4(0xEF010203);
    s.key.sourcePort = sourcePort;
    s.key.port = 5000;
    s.key.format = format;
    s.format = format;
    s.received = received;
    return s;
}

} // namespace

class TestGuiModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyModel_newAndKnownReceivers_insertOnceThenUpdate();
    void replyModel_plainTextReply_shownEscaped();
    void replyModel_batchOfReplies_oneInsertForNewcomersOneChange();
    void replyModel_secondReceiverOnOneHost_bothRowsShowTheirPorts();
    void replyModel_probeReplyWithTtl_hopsColumnAndEdgeWarning();
    void joinedGroups_addCountRemove_signalsAndCounts();
    void joinedGroups_sourceFilters_shownWithTheGroup();
    void joinedGroups_brokenThenRejoined_warningIconAndMessageUntilHealthy();
    void joinedGroups_querierHeard_addressVersionAndAge();
    void joinedGroups_noQuerier_warningAndWhatItMeans();
    void joinedGroups_querierUnavailable_saysWhy();
    void streamStats_plainStreamBecameRtp_plainRowRemoved();
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

void TestGuiModels::replyModel_probeReplyWithTtl_hopsColumnAndEdgeWarning()
{
    ReplyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addReplies({ttlReply("10.0.0.2", 8, 5), ttlReply("10.0.0.3", 1, 1), reply("10.0.0.4", "text")});

    const QModelIndex routed = model.index(0, ReplyModel::HopsColumn);
    QCOMPARE(model.data(routed).toString(), QStringLiteral("3"));
    QVERIFY(model.data(routed, Qt::DecorationRole).isNull());
    QVERIFY2(model.data(routed, Qt::ToolTipRole).toString().contains(QStringLiteral("arrived with TTL 5")),
             qPrintable(model.data(routed, Qt::ToolTipRole).toString()));

    // TTL 1 on arrival: one router more and it would not hear; the cell says so with a warning sign.
    const QModelIndex edge = model.index(1, ReplyModel::HopsColumn);
    QCOMPARE(model.data(edge).toString(), QStringLiteral("0"));
    QVERIFY(!model.data(edge, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.data(edge, Qt::ToolTipRole).toString().contains(QStringLiteral("Raise the TTL field")));
    QVERIFY(!model.data(edge, Qt::AccessibleDescriptionRole).toString().isEmpty());

    const QModelIndex plain = model.index(2, ReplyModel::HopsColumn); // a text reply has no hops
    QCOMPARE(model.data(plain).toString(), QString());
    QVERIFY(model.data(plain, Qt::DecorationRole).isNull());
    QCOMPARE(model.headerData(ReplyModel::HopsColumn, Qt::Horizontal).toString(), QStringLiteral("Hops"));
}

void TestGuiModels::replyModel_plainTextReply_shownEscaped()
{
    ReplyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addReply(reply("10.0.0.2", "<i>hi</i>\n"));
    QCOMPARE(model.data(model.index(0, ReplyModel::TextColumn)).toString(), QStringLiteral("<i>hi</i>\\n"));
}

void TestGuiModels::replyModel_batchOfReplies_oneInsertForNewcomersOneChange()
{
    ReplyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addReply(reply("10.0.0.2", "first"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // What the sender hands over from one read of its socket: newcomers and a known receiver mixed.
    model.addReplies(
            {reply("10.0.0.3", "x"), reply("10.0.0.2", "y"), reply("10.0.0.4", "z"), reply("10.0.0.3", "w")});

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    const auto cell = [&model](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    QCOMPARE(cell(0, ReplyModel::AddressColumn), QStringLiteral("10.0.0.2"));
    QCOMPARE(cell(0, ReplyModel::RepliesColumn), QStringLiteral("2"));
    QCOMPARE(cell(0, ReplyModel::TextColumn), QStringLiteral("y"));
    QCOMPARE(cell(1, ReplyModel::AddressColumn), QStringLiteral("10.0.0.3"));
    QCOMPARE(cell(1, ReplyModel::RepliesColumn), QStringLiteral("2"));
    QCOMPARE(cell(1, ReplyModel::TextColumn), QStringLiteral("w"));
    QCOMPARE(cell(2, ReplyModel::AddressColumn), QStringLiteral("10.0.0.4"));
}

void TestGuiModels::replyModel_secondReceiverOnOneHost_bothRowsShowTheirPorts()
{
    ReplyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    mct::core::ReplyRecord first = reply("10.0.0.2", "a");
    first.fromPort = 40001;
    model.addReply(first);
    model.addReply(reply("10.0.0.3", "b"));
    QCOMPARE(model.data(model.index(0, ReplyModel::AddressColumn)).toString(), QStringLiteral("10.0.0.2"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    mct::core::ReplyRecord second = reply("10.0.0.2", "c");
    second.fromPort = 40002;
    model.addReply(second);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.count(), 1); // the first row, now named with its port
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.data(model.index(0, ReplyModel::AddressColumn)).toString(),
             QStringLiteral("10.0.0.2:40001"));
    QCOMPARE(model.data(model.index(1, ReplyModel::AddressColumn)).toString(), QStringLiteral("10.0.0.3"));
    QCOMPARE(model.data(model.index(2, ReplyModel::AddressColumn)).toString(),
             QStringLiteral("10.0.0.2:40002"));
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
    model.setPacketCounts({{request("239.1.1.2:5001"), 3},
                           {request("239.1.1.1:5000"), 2},
                           {request("239.1.1.1:5009"), 4}}); // not joined here: ignored
    QCOMPARE(model.packets(0), quint64(2));
    QCOMPARE(model.packets(1), quint64(3));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, JoinedGroupsModel::PacketsColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, JoinedGroupsModel::PacketsColumn));
    QCOMPARE(model.data(model.index(0, JoinedGroupsModel::PacketsColumn)).toString(), QStringLiteral("2"));
    model.setPacketCounts({{request("239.1.1.2:5001"), 3}}); // nothing new: no signal
    QCOMPARE(changed.count(), 1);
    model.setPacketCounts({{request("239.1.1.2:5001"), 1234}});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.packets(0), quint64(2)); // not named: keeps its count
    QCOMPARE(model.packets(1), quint64(1234));
    QCOMPARE(model.data(model.index(1, JoinedGroupsModel::InterfaceColumn)).toString(),
             QStringLiteral("eth0, eth1"));

    model.removeGroup(request("239.1.1.1:5000"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.request(0).endpoint.toString(), QStringLiteral("239.1.1.2:5001"));
}

void TestGuiModels::joinedGroups_sourceFilters_shownWithTheGroup()
{
    JoinedGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto include = request("232.1.1.1:5000");
    include.includeSources = {QHostAddress(QStringLiteral("10.0.0.1")),
                              QHostAddress(QStringLiteral("10.0.0.3"))};
    auto exclude = request("239.1.1.1:5000", "eth0");
    exclude.excludeSources = {QHostAddress(QStringLiteral("10.0.0.2"))};
    model.addGroup(include, {QStringLiteral("eth0")});
    model.addGroup(exclude, {QStringLiteral("eth0")});
    model.addGroup(request("239.1.1.2:5000"), {QStringLiteral("eth0")});
    QCOMPARE(model.filterText(0), QStringLiteral("from 10.0.0.1, 10.0.0.3"));
    QCOMPARE(model.filterText(1), QStringLiteral("except 10.0.0.2"));
    QCOMPARE(model.filterText(2), QString());
    QCOMPARE(model.data(model.index(0, JoinedGroupsModel::GroupColumn)).toString(),
             QStringLiteral("232.1.1.1:5000 from 10.0.0.1, 10.0.0.3"));
    QCOMPARE(model.data(model.index(1, JoinedGroupsModel::GroupColumn)).toString(),
             QStringLiteral("239.1.1.1:5000 except 10.0.0.2"));
    QCOMPARE(model.data(model.index(2, JoinedGroupsModel::GroupColumn)).toString(),
             QStringLiteral("239.1.1.2:5000"));
}

void TestGuiModels::joinedGroups_brokenThenRejoined_warningIconAndMessageUntilHealthy()
{
    JoinedGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addGroup(request("239.1.1.1:5000", "veth0"), {QStringLiteral("veth0")});
    const QModelIndex group = model.index(0, JoinedGroupsModel::GroupColumn);
    QVERIFY(model.isHealthy(0));
    QVERIFY(model.data(group, Qt::DecorationRole).isNull());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString broken = QStringLiteral("239.1.1.1:5000 on veth0 is not receiving: veth0 is gone");
    model.setGroupState(request("239.1.1.1:5000", "veth0"), false, broken);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.isHealthy(0));
    QVERIFY(!model.data(group, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.data(group, Qt::ToolTipRole).toString().startsWith(broken));
    QCOMPARE(model.data(group, Qt::AccessibleDescriptionRole).toString(), broken);

    model.setGroupState(request("239.1.1.1:5000", "veth0"), true, QStringLiteral("joined again on veth0"));
    QVERIFY(model.isHealthy(0));
    QVERIFY(model.data(group, Qt::DecorationRole).isNull());
    QVERIFY(!model.data(group, Qt::ToolTipRole).toString().contains(broken));
    // A group that is not joined is left alone.
    model.setGroupState(request("239.9.9.9:5000"), false, broken);
    QCOMPARE(model.rowCount(), 1);
}

namespace {

mct::core::QuerierInfo querier(const char *interface, mct::core::QuerierInfo::State state)
{
    mct::core::QuerierInfo q;
    q.interfaceName = QString::fromLatin1(interface);
    q.interfaceIndex = 7;
    q.state = state;
    if (state == mct::core::QuerierInfo::State::Heard) {
        q.address = QHostAddress(QStringLiteral("10.0.0.254"));
        q.version = 3;
        q.intervalS = 125;
        q.lastQueryNs = 1'000'000'000;
    }
    return q;
}

} // namespace

void TestGuiModels::joinedGroups_querierHeard_addressVersionAndAge()
{
    JoinedGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addGroup(request("239.1.1.1:5000", "veth0"), {QStringLiteral("veth0")});
    model.addGroup(request("[ff15::1]:5000", "veth0"), {QStringLiteral("veth0")});
    const QModelIndex v4 = model.index(0, JoinedGroupsModel::QuerierColumn);
    const QModelIndex v6 = model.index(1, JoinedGroupsModel::QuerierColumn);
    QCOMPARE(model.data(v4).toString(), QStringLiteral("\u2013")); // nothing known yet
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setQueriers({querier("veth0", mct::core::QuerierInfo::State::Heard)}, 13'000'000'000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(v4).toString(), QStringLiteral("10.0.0.254 IGMPv3, 12 s ago"));
    QVERIFY(model.data(v4, Qt::DecorationRole).isNull());
    QVERIFY(model.data(v4, Qt::ToolTipRole).toString().contains(QStringLiteral("every 125 s")));
    // The IPv4 querier says nothing about the IPv6 group on the same interface.
    QCOMPARE(model.data(v6).toString(), QStringLiteral("\u2013"));
}

void TestGuiModels::joinedGroups_noQuerier_warningAndWhatItMeans()
{
    JoinedGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addGroup(request("239.1.1.1:5000"), {QStringLiteral("veth0"), QStringLiteral("veth1")});
    const QModelIndex cell = model.index(0, JoinedGroupsModel::QuerierColumn);
    model.setQueriers({querier("veth0", mct::core::QuerierInfo::State::Waiting),
                       querier("veth1", mct::core::QuerierInfo::State::Waiting)},
                      1);
    QCOMPARE(model.data(cell).toString(), QStringLiteral("listening\u2026"));
    QVERIFY(model.data(cell, Qt::DecorationRole).isNull());
    // Joined on two interfaces, the group comes in where the querier is heard: that one shows, and
    // the silent interface is only in the tooltip.
    model.setQueriers({querier("veth0", mct::core::QuerierInfo::State::Heard),
                       querier("veth1", mct::core::QuerierInfo::State::None)},
                      2'000'000'000);
    QCOMPARE(model.data(cell).toString(), QStringLiteral("10.0.0.254 IGMPv3, 1 s ago"));
    QVERIFY(model.data(cell, Qt::DecorationRole).isNull());
    QString tip = model.data(cell, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("veth1")) && tip.contains(QStringLiteral("snoops")),
             qPrintable(tip));
    // None heard anywhere: the warning sign.
    model.setQueriers({querier("veth0", mct::core::QuerierInfo::State::None),
                       querier("veth1", mct::core::QuerierInfo::State::None)},
                      2'000'000'000);
    QCOMPARE(model.data(cell).toString(), QStringLiteral("none heard"));
    QVERIFY(!model.data(cell, Qt::DecorationRole).value<QIcon>().isNull());
    tip = model.data(cell, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("veth0")) && tip.contains(QStringLiteral("snoops")),
             qPrintable(tip));
}

void TestGuiModels::joinedGroups_querierUnavailable_saysWhy()
{
    JoinedGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addGroup(request("239.1.1.1:5000", "veth0"), {QStringLiteral("veth0")});
    const QString why =
            QStringLiteral("cannot listen for IGMP queriers: that needs the CAP_NET_RAW capability");
    model.setQuerierUnavailable(why);
    const QModelIndex cell = model.index(0, JoinedGroupsModel::QuerierColumn);
    QCOMPARE(model.data(cell).toString(), QStringLiteral("unknown"));
    QCOMPARE(model.data(cell, Qt::ToolTipRole).toString(), why);
}

void TestGuiModels::streamStats_plainStreamBecameRtp_plainRowRemoved()
{
    // A flow's first RTP packets count as plain until it is confirmed, then move to its RTP stream:
    // the plain row a snapshot showed meanwhile must not stay behind.
    using mct::core::PayloadFormat;
    StreamStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStreams({stream(40000, PayloadFormat::Probe, 10), stream(40001, PayloadFormat::Plain, 2),
                      stream(40002, PayloadFormat::Plain, 5)});
    QCOMPARE(model.rowCount(), 3);

    model.setStreams({stream(40000, PayloadFormat::Probe, 20), stream(40001, PayloadFormat::Rtp, 9),
                      stream(40002, PayloadFormat::Plain, 6)});
    QCOMPARE(model.rowCount(), 3);
    const QList<PayloadFormat> formats{PayloadFormat::Probe, PayloadFormat::Plain, PayloadFormat::Rtp};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.streams().at(row).format, formats[row]);
    }
    QCOMPARE(model.streams().at(0).received, quint64(20));
    QCOMPARE(model.streams().at(1).received, quint64(6));
    QCOMPARE(model.streams().at(2).received, quint64(9));
}

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
