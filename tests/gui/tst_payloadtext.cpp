// Tests for the payload text helpers: escaping, text-or-hex choice, truncation and the hex dump.
#include "payloadtext.h"
#include "recognize.h"

#include <QTest>

using mct::core::escapeControls;
using mct::ui::hexDump;
using mct::ui::payloadDisplayText;

class TestPayloadText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payloadDisplayText_printableUtf8_staysText();
    void payloadDisplayText_controlCharacters_escaped();
    void payloadDisplayText_mostlyBinary_becomesHex();
    void payloadDisplayText_cutInsideUtf8Sequence_staysText();
    void escapeControls_bidiOverride_shownByCodePoint();
    void hexDump_seventeenBytes_twoLinesWithAscii();
    void hexDump_empty_isEmpty();
};

void TestPayloadText::payloadDisplayText_printableUtf8_staysText()
{
    QCOMPARE(payloadDisplayText(QByteArrayView("hello \xe4\xb8\x96\xe7\x95\x8c")),
             QStringLiteral("hello \u4e16\u754c"));
    QCOMPARE(payloadDisplayText(QByteArrayView("<b>x</b>")), QStringLiteral("<b>x</b>"));
    QCOMPARE(payloadDisplayText(QByteArrayView()), QString());
}

void TestPayloadText::payloadDisplayText_controlCharacters_escaped()
{
    QCOMPARE(payloadDisplayText(QByteArrayView("line 1\r\nline\t2\x1b[31m")),
             QStringLiteral("line 1\\r\\nline\\t2\\x1b[31m"));
}

void TestPayloadText::payloadDisplayText_mostlyBinary_becomesHex()
{
    const QByteArray bytes = QByteArray::fromHex("0000000100000002ff");
    QCOMPARE(payloadDisplayText(bytes), QStringLiteral("00 00 00 01 00 00 00 02 ff"));
    QCOMPARE(payloadDisplayText(bytes, 4), QStringLiteral("00 00 00 01\u2026"));
}

void TestPayloadText::payloadDisplayText_cutInsideUtf8Sequence_staysText()
{
    // The limit falls inside the three-byte character: the rest waits, no decoding error.
    QCOMPARE(payloadDisplayText(QByteArrayView("ab\xe4\xb8\x96"), 3), QStringLiteral("ab\u2026"));
}

void TestPayloadText::escapeControls_bidiOverride_shownByCodePoint()
{
    QCOMPARE(escapeControls(u"abc\u202Edef"), QStringLiteral("abc\\u{202E}def"));
    QCOMPARE(escapeControls(u"\u0085"), QStringLiteral("\\x85"));
    QCOMPARE(escapeControls(u"emoji \U0001F600 ok"), QStringLiteral("emoji \U0001F600 ok"));
}

void TestPayloadText::hexDump_seventeenBytes_twoLinesWithAscii()
{
    const QString dump = hexDump(QByteArrayView("0123456789abcdef\x01"));
    const QStringList lines = dump.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("0000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  0123456789abcdef"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("0010  01 ")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("  .")));
    QCOMPARE(lines.at(1).size(), lines.at(0).size() - 15);
}

void TestPayloadText::hexDump_empty_isEmpty()
{
    QCOMPARE(hexDump({}), QString());
}

QTEST_APPLESS_MAIN(TestPayloadText)
#include "tst_payloadtext.moc"
