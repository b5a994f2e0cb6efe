// Edits what the sender puts in each datagram: text with placeholders, hex bytes, or a file.
#include "payloadeditor.h"

#include "fieldstate.h"
#include "validation.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mct::ui {

namespace {

QPlainTextEdit *makeEditor(QWidget *parent, int lines)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const int height = editor->fontMetrics().lineSpacing() * lines + 2 * editor->frameWidth()
                       + int(editor->document()->documentMargin() * 2);
    editor->setFixedHeight(height);
    return editor;
}

} // namespace

PayloadEditor::PayloadEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_text(makeEditor(this, 3))
    , m_hex(makeEditor(this, 3))
    , m_file(new QLineEdit(this))
    , m_hint(new FieldHint(this))
{
    m_mode->setObjectName(QStringLiteral("payloadMode"));
    m_text->setObjectName(QStringLiteral("payloadText"));
    m_hex->setObjectName(QStringLiteral("payloadHex"));
    m_file->setObjectName(QStringLiteral("payloadFile"));
    m_hint->setObjectName(QStringLiteral("payloadHint"));
    m_mode->addItem(tr("Text"), int(core::PayloadMode::Text));
    m_mode->addItem(tr("Hex"), int(core::PayloadMode::Hex));
    m_mode->addItem(tr("File"), int(core::PayloadMode::File));
    m_mode->setAccessibleName(tr("Payload type"));
    m_mode->setToolTip(tr("What each datagram carries"));

    m_text->setAccessibleName(tr("Payload text"));
    m_text->setPlaceholderText(tr("hello from {host} #{seq}"));
    m_hex->setAccessibleName(tr("Payload hex bytes"));
    m_hex->setPlaceholderText(tr("de ad be ef 00 01"));
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *filePage = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_file->setAccessibleName(tr("Payload file"));
    m_file->setPlaceholderText(tr("File to send as the payload"));
    auto *browse = new QPushButton(tr("Browse\u2026"), filePage);
    browse->setAccessibleName(tr("Choose payload file"));
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);

    m_pages->addWidget(m_text);
    m_pages->addWidget(m_hex);
    m_pages->addWidget(filePage);
    // A stack is as tall as its tallest page's size hint; the editors' hint ignores their fixed height.
    m_pages->setFixedHeight(m_text->maximumHeight());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_pages);
    layout->addWidget(m_hint);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        validate();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &PayloadEditor::validate);
    connect(m_hex, &QPlainTextEdit::textChanged, this, &PayloadEditor::validate);
    connect(m_file, &QLineEdit::textChanged, this, &PayloadEditor::validate);
    connect(browse, &QPushButton::clicked, this, &PayloadEditor::chooseFile);
    validate();
}

core::PayloadMode PayloadEditor::mode() const
{
    return core::PayloadMode(m_mode->currentData().toInt());
}

void PayloadEditor::setMode(core::PayloadMode mode)
{
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(mode))));
}

void PayloadEditor::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void PayloadEditor::setHex(const QString &hex)
{
    m_hex->setPlainText(hex);
}

void PayloadEditor::setPayload(const QByteArray &bytes)
{
    // Text is sent as UTF-8 with {seq}, {time} and {host} filled in: only bytes that come back
    // unchanged that way go in as text.
    const QString text = QString::fromUtf8(bytes);
    const bool asText = !bytes.isEmpty() && text.toUtf8() == bytes && !text.contains(u'{')
                        && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
                               return (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
                                      || c.category() == QChar::Other_Format;
                           });
    if (asText) {
        setText(text);
        setMode(core::PayloadMode::Text);
    } else {
        setHex(QString::fromLatin1(bytes.toHex(' ')));
        setMode(core::PayloadMode::Hex);
    }
}

void PayloadEditor::setFilePath(const QString &path)
{
    m_file->setText(path);
}

core::PayloadSpec PayloadEditor::spec() const
{
    core::PayloadSpec spec;
    spec.mode = mode();
    switch (spec.mode) {
    case core::PayloadMode::Text:
        spec.text = m_text->toPlainText();
        break;
    case core::PayloadMode::Hex:
        spec.text = m_hex->toPlainText();
        break;
    case core::PayloadMode::File:
        spec.text = m_file->text();
        break;
    }
    return spec;
}

void PayloadEditor::validate()
{
    const core::PayloadSpec s = spec();
    m_problem.clear();
    QString note;
    switch (s.mode) {
    case core::PayloadMode::Text:
        if (s.text.toUtf8().size() > core::kMaxUdpPayloadIPv4) {
            m_problem = tr("payload text: %1 bytes is more than a UDP datagram holds (%2)")
                                .arg(s.text.toUtf8().size())
                                .arg(core::kMaxUdpPayloadIPv4);
        }
        note = tr("Placeholders: {seq} sequence number, {time} send time, {host} host name");
        break;
    case core::PayloadMode::Hex: {
        const auto bytes = core::parseHex(s.text);
        m_problem = bytes ? QString() : bytes.error();
        note = bytes ? tr("Payload size: %1 B").arg(bytes.value().size()) : QString();
        break;
    }
    case core::PayloadMode::File: {
        const auto bytes = core::readPayloadFile(s.text);
        m_problem = bytes ? QString() : bytes.error();
        note = bytes ? tr("Payload size: %1 B, the file as it is").arg(bytes.value().size()) : QString();
        break;
    }
    }
    const bool showProblem = !m_problem.isEmpty() && !s.text.isEmpty();
    setFieldProblem(m_text, s.mode == core::PayloadMode::Text ? m_problem : QString());
    setFieldProblem(m_hex, s.mode == core::PayloadMode::Hex && showProblem ? m_problem : QString());
    setFieldProblem(m_file, s.mode == core::PayloadMode::File && showProblem ? m_problem : QString());
    if (showProblem) {
        m_hint->setHint(FieldHint::Kind::Problem, m_problem);
    } else {
        m_hint->setHint(FieldHint::Kind::Note, note);
    }
    Q_EMIT changed();
}

void PayloadEditor::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Payload File"), m_file->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { m_file->setText(path); });
    dialog->open();
}

void PayloadEditor::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("payloadMode"), int(mode()));
    settings.setValue(QStringLiteral("payloadText"), m_text->toPlainText());
    settings.setValue(QStringLiteral("payloadHex"), m_hex->toPlainText());
    settings.setValue(QStringLiteral("payloadFile"), m_file->text());
}

void PayloadEditor::restoreSettings(const QSettings &settings)
{
    setText(settings.value(QStringLiteral("payloadText"), QStringLiteral("hello from {host} #{seq}"))
                    .toString());
    setHex(settings.value(QStringLiteral("payloadHex")).toString());
    setFilePath(settings.value(QStringLiteral("payloadFile")).toString());
    setMode(core::PayloadMode(settings.value(QStringLiteral("payloadMode"), 0).toInt()));
}

} // namespace mct::ui
