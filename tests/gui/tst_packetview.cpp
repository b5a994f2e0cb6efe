// Tests for PacketView's columns: where the DSCP column stands, in a new layout and in one saved
// before it existed, and the details pane's DSCP and ECN line.
#include "packetdetails.h"
#include "packetfilterproxy.h"
#include "packettablemodel.h"
#include "packetview.h"
#include "testpackets.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using mct::ui::PacketTableModel;
using mct::ui::PacketView;

namespace {

mct::core::PacketBatch oneRow(qint16 tos)
{
    mct::core::PacketBatch batch;
    mct::core::PacketRecord r;
    r.receiveTimeNs = 1'700'000'000'000'000'000LL;
    r.source = mct::core::NetAddress::fromIPv4(0x0A000001);
    r.group = mct::core::NetAddress::fromIPv4(0xEFFF0001);
    r.ttl = 1;
    r.tos = tos;
    mct::test::appendPacket(batch, r, "hello");
    return batch;
}

// `count` rows numbered from `first` in their payloads ("row N").
mct::core::PacketBatch rows(int count, int first)
{
    mct::core::PacketBatch batch;
    for (int i = 0; i < count; ++i) {
        mct::core::PacketRecord r;
        r.receiveTimeNs = 1'700'000'000'000'000'000LL;
        r.source = mct::core::NetAddress::fromIPv4(0x0A000001);
        r.group = mct::core::NetAddress::fromIPv4(0xEFFF0001);
        mct::test::appendPacket(batch, r, QByteArray("row ") + QByteArray::number(first + i));
    }
    return batch;
}

// The payload of the row at the top of the table's viewport.
QString topRowPayload(const PacketView &view)
{
    const int row = view.table()->rowAt(0);
    return view.proxy()->index(row, PacketTableModel::PayloadColumn).data().toString();
}

// The menu entries' texts, in order.
QStringList entries(QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        texts.append(action->text());
    }
    return texts;
}

} // namespace

class TestPacketView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newLayout_dscpBesideTtl_payloadLastInTableAndMenu();
    void restoreSettings_layoutFromBeforeDscp_dscpBesideTtlUserChoicesKept();
    void details_dscpKnownOrNot_namedOrUnknown();
    void selectedRowEvicted_selectionLetGoViewStays();

private:
    QTemporaryDir m_settingsDir;
};

void TestPacketView::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestPacketView::newLayout_dscpBesideTtl_payloadLastInTableAndMenu()
{
    PacketView view;
    const QHeaderView *header = view.table()->horizontalHeader();
    QCOMPARE(header->visualIndex(PacketTableModel::DscpColumn),
             header->visualIndex(PacketTableModel::TtlColumn) + 1);
    QCOMPARE(header->visualIndex(PacketTableModel::PayloadColumn), header->count() - 1);

    std::unique_ptr<QMenu> menu(view.createColumnsMenu(&view));
    const QStringList texts = entries(menu.get());
    QCOMPARE(texts.size(), qsizetype(PacketTableModel::ColumnCount));
    QCOMPARE(texts.indexOf(QStringLiteral("DSCP")), texts.indexOf(QStringLiteral("TTL")) + 1);
    QCOMPARE(texts.constLast(), QStringLiteral("Payload"));
}

void TestPacketView::restoreSettings_layoutFromBeforeDscp_dscpBesideTtlUserChoicesKept()
{
    // The layout an earlier version saved: nine columns, the interface hidden and widened by the user.
    QByteArray oldState;
    {
        QStandardItemModel nineColumns(0, PacketTableModel::DscpColumn);
        QTableView table;
        table.setModel(&nineColumns);
        table.horizontalHeader()->setStretchLastSection(true);
        table.horizontalHeader()->resizeSection(PacketTableModel::SourceColumn, 321);
        table.horizontalHeader()->setSectionHidden(PacketTableModel::InterfaceColumn, true);
        oldState = table.horizontalHeader()->saveState();
    }
    QSettings settings(m_settingsDir.filePath(QStringLiteral("old.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("header"), oldState);
    settings.setValue(QStringLiteral("chosenColumns"), QVariantList{int(PacketTableModel::InterfaceColumn)});

    PacketView view;
    view.restoreSettings(settings);
    const QHeaderView *header = view.table()->horizontalHeader();
    QCOMPARE(header->visualIndex(PacketTableModel::DscpColumn),
             header->visualIndex(PacketTableModel::TtlColumn) + 1);
    QCOMPARE(header->visualIndex(PacketTableModel::PayloadColumn), header->count() - 1);
    QVERIFY(!header->isSectionHidden(PacketTableModel::DscpColumn));
    // As narrow as a new layout makes it, not a default-width section.
    PacketView fresh;
    QCOMPARE(header->sectionSize(PacketTableModel::DscpColumn),
             fresh.table()->horizontalHeader()->sectionSize(PacketTableModel::DscpColumn));
    // The user's choices of then still hold.
    QVERIFY(header->isSectionHidden(PacketTableModel::InterfaceColumn));
    QCOMPARE(header->sectionSize(PacketTableModel::SourceColumn), 321);

    // Saved again and read back, it stays where it is.
    QSettings again(m_settingsDir.filePath(QStringLiteral("again.ini")), QSettings::IniFormat);
    view.saveSettings(again);
    PacketView restored;
    restored.restoreSettings(again);
    const QHeaderView *restoredHeader = restored.table()->horizontalHeader();
    QCOMPARE(restoredHeader->visualIndex(PacketTableModel::DscpColumn),
             restoredHeader->visualIndex(PacketTableModel::TtlColumn) + 1);
    QVERIFY(restoredHeader->isSectionHidden(PacketTableModel::InterfaceColumn));
}

void TestPacketView::details_dscpKnownOrNot_namedOrUnknown()
{
    mct::ui::PacketDetails details;
    const mct::core::PacketBatch ef = oneRow(46 << 2 | 2);
    details.showPacket(1, ef.records.at(0), ef.payload(ef.records.at(0)));
    QVERIFY2(details.text().contains(QStringLiteral("DSCP 46 (EF), ECN ECT(0)")), qPrintable(details.text()));

    const mct::core::PacketBatch af = oneRow(34 << 2);
    details.showPacket(2, af.records.at(0), af.payload(af.records.at(0)));
    QVERIFY2(details.text().contains(QStringLiteral("DSCP 34 (AF41), ECN Not-ECT")),
             qPrintable(details.text()));

    const mct::core::PacketBatch unknown = oneRow(-1);
    details.showPacket(3, unknown.records.at(0), unknown.payload(unknown.records.at(0)));
    QVERIFY2(details.text().contains(QStringLiteral("DSCP and ECN unknown")), qPrintable(details.text()));
}

void TestPacketView::selectedRowEvicted_selectionLetGoViewStays()
{
    PacketView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCapacity(100);
    view.appendBatch(rows(100, 1));
    QTableView *table = view.table();
    QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0);
    // The user reads in the middle and picks row 3 ("row 3"), then scrolls on a little.
    table->scrollTo(view.proxy()->index(40, 0), QAbstractItemView::PositionAtTop);
    table->selectRow(2);
    table->verticalScrollBar()->setValue(10);
    const QString top = topRowPayload(view);
    QCOMPARE(top, QStringLiteral("row 11"));

    view.appendBatch(rows(5, 101)); // evicts rows 1-5, the selected one among them
    QCOMPARE(view.model()->rowCount(), 100);
    // No other packet selected in its place (the oldest left, "row 6"), and the view did not move.
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QVERIFY2(selected.isEmpty(),
             qPrintable(selected.isEmpty() ? QString() : selected.constFirst().data().toString()));
    QVERIFY(!table->currentIndex().isValid());
    QTRY_COMPARE(topRowPayload(view), top);
    QTest::qWait(PacketView::kFollowDelayMs * 2); // nothing pending moves it later either
    QCOMPARE(topRowPayload(view), top);
    // The details still show the packet the user picked.
    QVERIFY2(view.details()->text().contains(QStringLiteral("72 6f 77 20 33")),
             qPrintable(view.details()->text()));
}

QTEST_MAIN(TestPacketView)
#include "tst_packetview.moc"
