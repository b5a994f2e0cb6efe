// Payloads with HTML or terminal escapes appear literally everywhere the GUI shows or writes them:
// the packet table's tool tip, the details view, the replies list and the exported CSV and JSON Lines.
#include "packetdetails.h"
#include "packettablemodel.h"
#include "packetview.h"
#include "replymodel.h"
#include "senderpane.h"
#include "tableexport.h"
#include "testpackets.h"

#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using mct::core::NetAddress;
using mct::core::PacketBatch;
using mct::core::PacketRecord;
using mct::ui::PacketTableModel;

namespace {

const QByteArray kMarkup = QByteArrayLiteral("<b>x</b> & <img src=q>");
const QByteArray kEscape = QByteArrayLiteral("\x1b[31mred\x1b[0m");

PacketBatch hostileBatch()
{
    PacketBatch batch;
    for (const QByteArray &payload : {kMarkup, kEscape}) {
        PacketRecord r;
        r.receiveTimeNs = 1'700'000'000'000'000'000LL;
        r.source = NetAddress::fromIPv4(0x0A000001);
        r.sourcePort = 40000;
        r.group = NetAddress::fromIPv4(0xEFFF0001);
        r.port = 5000;
        r.ttl = 1;
        mct::test::appendPacket(batch, r, payload);
    }
    return batch;
}

// Asks the view for the tool tip at the index, the way a hovering mouse does.
QString toolTipShown(QAbstractItemView *view, const QModelIndex &index)
{
    QToolTip::hideText();
    const QPoint at = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return QToolTip::text();
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 && c != u'\n'; });
}

} // namespace

class TestPlainText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableToolTip_markupAndEscapes_shownLiterally();
    void detailsView_markupAndEscapes_shownLiterally();
    void repliesList_markupAndEscapes_shownLiterally();
    void exportedCsvAndJsonLines_markupKeptLiterallyEscapesNeverRaw();
};

void TestPlainText::tableToolTip_markupAndEscapes_shownLiterally()
{
    mct::ui::PacketView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.appendBatch(hostileBatch());
    QTableView *table = view.table();

    const QString markupTip = toolTipShown(table, table->model()->index(0, PacketTableModel::PayloadColumn));
    // Rich text that escapes the markup: shown as the characters, never as bold text or an image.
    QVERIFY2(markupTip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=q&gt;")),
             qPrintable(markupTip));
    QVERIFY(!markupTip.contains(QStringLiteral("<b>")));

    // Text with a terminal escape is not printable text: it is shown as its bytes, never sent raw.
    const QString escapeTip = toolTipShown(table, table->model()->index(1, PacketTableModel::PayloadColumn));
    QVERIFY2(escapeTip.contains(QStringLiteral("1b 5b 33 31 6d 72 65 64")), qPrintable(escapeTip));
    QVERIFY(!hasControlCharacter(escapeTip));
    QVERIFY(!hasControlCharacter(
            table->model()->index(1, PacketTableModel::PayloadColumn).data().toString()));
    QCOMPARE(table->model()->index(0, PacketTableModel::PayloadColumn).data().toString(),
             QString::fromLatin1(kMarkup));
    QToolTip::hideText();
}

void TestPlainText::detailsView_markupAndEscapes_shownLiterally()
{
    const PacketBatch batch = hostileBatch();
    mct::ui::PacketDetails details;
    details.showPacket(1, batch.records.at(0), batch.payload(batch.records.at(0)));
    QVERIFY(details.text().contains(QStringLiteral("Payload: <b>x</b> & <img src=q>")));
    details.showPacket(2, batch.records.at(1), batch.payload(batch.records.at(1)));
    QVERIFY2(details.text().contains(QStringLiteral("Payload: 1b 5b 33 31 6d 72 65 64")),
             qPrintable(details.text()));
    QVERIFY(details.text().contains(QStringLiteral(".[31mred.[0m"))); // the dump's ASCII column
    QVERIFY(!hasControlCharacter(details.text()));
}

void TestPlainText::repliesList_markupAndEscapes_shownLiterally()
{
    mct::ui::SenderPane pane;
    pane.resize(600, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const auto addReply = [&pane](const char *from, const QByteArray &data) {
        mct::core::ReplyRecord reply;
        reply.receiveTimeNs = 1'700'000'000'000'000'000LL;
        reply.from = QHostAddress(QString::fromLatin1(from));
        reply.fromPort = 5000;
        reply.data = data;
        pane.addReply(reply);
    };
    addReply("10.0.0.7", QByteArrayLiteral("<b>x</b> heard"));
    addReply("10.0.0.8", QByteArrayLiteral("<b>x</b> \x1b[31m"));
    addReply("10.0.0.9", QByteArrayLiteral("C:\\temp\nnext line"));

    auto *view = pane.findChild<QTreeView *>(QStringLiteral("replies"));
    QVERIFY(view);
    const QModelIndex markup = view->model()->index(0, mct::ui::ReplyModel::TextColumn);
    QCOMPARE(markup.data().toString(), QStringLiteral("<b>x</b> heard"));
    const QString tip = toolTipShown(view, markup);
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt; heard")), qPrintable(tip));

    // With an escape sequence the reply is no printable text: its bytes, never raw control characters.
    const QModelIndex escape = view->model()->index(1, mct::ui::ReplyModel::TextColumn);
    QVERIFY(!hasControlCharacter(escape.data().toString()));
    QVERIFY2(escape.data().toString().contains(QStringLiteral("1b5b33316d")),
             qPrintable(escape.data().toString()));
    const QString escapeTip = toolTipShown(view, escape);
    QVERIFY(!hasControlCharacter(escapeTip));
    QVERIFY(!escapeTip.contains(QStringLiteral("<b>")));

    // A line break shows as \n on one line; a backslash stays one backslash.
    const QModelIndex twoLines = view->model()->index(2, mct::ui::ReplyModel::TextColumn);
    QCOMPARE(twoLines.data().toString(), QStringLiteral("C:\\temp\\nnext line"));
    QToolTip::hideText();
}

void TestPlainText::exportedCsvAndJsonLines_markupKeptLiterallyEscapesNeverRaw()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PacketTableModel model;
    model.appendBatch(hostileBatch());
    mct::ui::TableExport exporter;
    QSignalSpy finished(&exporter, &mct::ui::TableExport::finished);

    const QString csvPath = dir.filePath(QStringLiteral("table.csv"));
    QVERIFY(exporter.start(model.rowsAsBatches(), mct::core::RecordFormat::Csv, csvPath));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(1).toULongLong(), quint64(2));
    QCOMPARE(finished.at(0).at(2).toString(), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.contains(kMarkup));
    QVERIFY(!csvBytes.contains('\x1b'));
    QVERIFY(csvBytes.contains(kEscape.toHex()));

    const QString jsonPath = dir.filePath(QStringLiteral("table.jsonl"));
    QVERIFY(exporter.start(model.rowsAsBatches(), mct::core::RecordFormat::JsonLines, jsonPath));
    QVERIFY(finished.wait(5000));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray jsonBytes = json.readAll();
    QVERIFY(!jsonBytes.contains('\x1b'));
    const QList<QByteArray> lines = jsonBytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("payload")).toString(),
             QString::fromLatin1(kMarkup));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("payload_hex")).toString(),
             QString::fromLatin1(kEscape.toHex()));
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
