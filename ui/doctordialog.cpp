// "Why no packets?": runs the engine's doctor on a worker thread and lists each check with its fix.
#include "doctordialog.h"

#include "glyphicons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <array>

namespace mct::ui {

namespace {

QString statusWord(core::CheckStatus status)
{
    switch (status) {
    case core::CheckStatus::Pass:
        return DoctorDialog::tr("Pass");
    case core::CheckStatus::Warn:
        return DoctorDialog::tr("Warning");
    case core::CheckStatus::Fail:
        return DoctorDialog::tr("Fail");
    }
    return {};
}

Glyph statusGlyph(core::CheckStatus status)
{
    switch (status) {
    case core::CheckStatus::Pass:
        return Glyph::Pass;
    case core::CheckStatus::Warn:
        return Glyph::Warn;
    case core::CheckStatus::Fail:
        break;
    }
    return Glyph::Fail;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // interface names and OS messages stay literal
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

DoctorDialog::DoctorDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(plainLabel({}, this))
    , m_state(plainLabel({}, this))
    , m_busy(new QProgressBar(this))
    , m_checks(new QTextBrowser(this))
    , m_runAgain(new QPushButton(tr("&Run Again"), this))
    , m_copy(new QPushButton(tr("&Copy Report"), this))
{
    setObjectName(QStringLiteral("doctorDialog"));
    setWindowTitle(tr("Why No Packets?"));
    setModal(false);
    m_title->setObjectName(QStringLiteral("doctorTitle"));
    m_state->setObjectName(QStringLiteral("doctorState"));
    m_state->setAccessibleName(tr("Doctor state"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busy->setAccessibleName(tr("Checks running"));
    m_checks->setObjectName(QStringLiteral("doctorChecks"));
    m_checks->setAccessibleName(tr("Check results"));
    m_checks->setOpenLinks(false);
    m_checks->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_runAgain->setObjectName(QStringLiteral("doctorRunAgain"));
    m_runAgain->setToolTip(tr("Run every check again, e.g. after changing a setting it suggested"));
    m_copy->setToolTip(tr("Copy the results as plain text, e.g. for a ticket"));

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_busy);
    stateRow->addWidget(m_state, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_runAgain, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_runAgain, &QPushButton::clicked, this, [this] { run(m_options); });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(reportText()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(stateRow);
    layout->addWidget(m_checks, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);
    m_runAgain->setEnabled(false);
    m_copy->setEnabled(false);
}

DoctorDialog::~DoctorDialog()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void DoctorDialog::run(const core::DoctorOptions &options)
{
    if (m_thread) {
        m_next = options;
        return;
    }
    m_options = options;
    start();
}

void DoctorDialog::start()
{
    if (m_listenMs) {
        m_options.listenMs = *m_listenMs;
    }
    const core::DoctorOptions &o = m_options;
    const QString where = o.interfaceName.isEmpty() ? tr("every multicast interface") : o.interfaceName;
    QStringList sources;
    for (const QHostAddress &s : o.sources) {
        sources.append(s.toString());
    }
    m_title->setText(sources.isEmpty() ? tr("Why no packets for %1 on %2?").arg(o.endpoint.toString(), where)
                                       : tr("Why no packets for %1 from %2 on %3?")
                                                 .arg(o.endpoint.toString(),
                                                      sources.join(QStringLiteral(", ")), where));
    m_state->setText(o.listenMs > 0 ? tr("Checking\u2026 the last check listens %1 s for a packet.")
                                              .arg(locale().toString(o.listenMs / 1000.0, 'g', 3))
                                    : tr("Checking\u2026"));
    m_busy->show();
    m_runAgain->setEnabled(false);
    m_checks->clear();

    auto result = std::make_shared<core::DoctorReport>();
    m_result = result;
    // runDoctor blocks (tools, a test join, listening): never on the GUI thread.
    m_thread.reset(QThread::create([options = m_options, result] { *result = core::runDoctor(options); }));
    m_thread->setObjectName(QStringLiteral("doctor"));
    connect(m_thread.get(), &QThread::finished, this, &DoctorDialog::onThreadFinished);
    m_thread->start();
}

void DoctorDialog::onThreadFinished()
{
    m_thread->wait(); // finished() comes just before the thread ends
    m_thread.reset();
    showReport(*std::exchange(m_result, {}));
    if (m_next) {
        m_options = *std::exchange(m_next, std::nullopt);
        start();
        return;
    }
    Q_EMIT checksFinished();
}

void DoctorDialog::showReport(const core::DoctorReport &report)
{
    m_report = report;
    std::array<int, 3> counts{};
    // Rich text only for the layout; every word from the checks is escaped, so it reads literally.
    QTextDocument *document = m_checks->document();
    const int size = fontMetrics().height() + 2;
    const qreal ratio = devicePixelRatioF();
    QString html;
    for (const core::DoctorCheck &check : std::as_const(m_report.checks)) {
        ++counts.at(size_t(check.status));
        const QString name = QStringLiteral("mct-status:%1").arg(int(check.status));
        QPixmap pixmap = glyphIcon(statusGlyph(check.status)).pixmap(QSize(size, size), ratio);
        document->addResource(QTextDocument::ImageResource, QUrl(name), pixmap);
        QString text = check.summary.toHtmlEscaped();
        if (!check.fix.isEmpty()) {
            text += QStringLiteral("<br/><b>%1</b> %2")
                            .arg(tr("What to do:").toHtmlEscaped(), check.fix.toHtmlEscaped());
        }
        html += QStringLiteral(
                        "<table cellspacing=\"0\" cellpadding=\"3\" style=\"margin-bottom: 6px\"><tr>"
                        "<td valign=\"top\"><img src=\"%1\" width=\"%2\" height=\"%2\" alt=\"%3\"/></td>"
                        "<td valign=\"top\">%4</td></tr></table>")
                        .arg(name)
                        .arg(size)
                        .arg(statusWord(check.status).toHtmlEscaped(), text);
    }
    m_checks->setHtml(html);
    m_busy->hide();
    m_runAgain->setEnabled(true);
    m_copy->setEnabled(!m_report.checks.isEmpty());
    const int warnings = counts.at(size_t(core::CheckStatus::Warn));
    const QString tally = tr("%1 passed, %2, %3 failed")
                                  .arg(counts.at(size_t(core::CheckStatus::Pass)))
                                  .arg(warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings))
                                  .arg(counts.at(size_t(core::CheckStatus::Fail)));
    m_state->setText(m_report.failed() ? tr("%1. Fix the failed checks first.").arg(tally)
                                       : tr("%1.").arg(tally));
}

QString DoctorDialog::checksText() const
{
    return m_checks->toPlainText();
}

QString DoctorDialog::reportText() const
{
    QStringList lines{m_title->text()};
    for (const core::DoctorCheck &check : m_report.checks) {
        lines.append(tr("[%1] %2").arg(statusWord(check.status), check.summary));
        if (!check.fix.isEmpty()) {
            lines.append(tr("    What to do: %1").arg(check.fix));
        }
    }
    return lines.join(u'\n');
}

} // namespace mct::ui
