// The main window: composes the receive and send panes, the packet table and the status summary,
// and connects them to the engine's Receiver and Sender, each on its own worker thread.
#include "mainwindow.h"

#include "batchqueue.h"
#include "doctordialog.h"
#include "groupwarnings.h"
#include "joinedgroupsmodel.h"
#include "language.h"
#include "messagebar.h"
#include "packetfilterproxy.h"
#include "packetjson.h"
#include "packettablemodel.h"
#include "packetview.h"
#include "payloadeditor.h"
#include "preferencesdialog.h"
#include "receiverpane.h"
#include "recordfiledialog.h"
#include "recordingbar.h"
#include "senderpane.h"
#include "statussummary.h"
#include "streamspane.h"
#include "streamstatsmodel.h"
#include "tableexport.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mct::ui {

namespace {

// Receiving at line rate, the window allocates and frees batches of up to a few MiB hundreds of
// times a second. glibc hands such blocks back to the system (munmap, or trimming the heap's top)
// and the next one costs a page fault per 4 KiB again: a tenth of the window thread's time at
// 1316-byte datagrams (tests/bench). Keeping freed memory for reuse up to 128 MiB avoids that;
// the table's own bounds (rows and payload budget) still limit what is held.
void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    static const bool done = [] {
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
        return true;
    }();
    Q_UNUSED(done);
#endif
}

QGroupBox *framed(const QString &title, QWidget *pane, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    // A bold title; the pane keeps the normal font (children inherit it from the box otherwise).
    QFont normal = box->font();
    normal.setBold(false); // explicitly, or the pane would inherit the bold title font
    QFont bold = normal;
    bold.setBold(true);
    box->setFont(bold);
    pane->setFont(normal);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(pane);
    return box;
}

// addAction(text, receiver, slot) changed signature across Qt 6 releases; this reads the same on all.
template<typename Receiver, typename Slot>
QAction *addMenuAction(QMenu *menu, const QString &text, const Receiver *receiver, Slot slot)
{
    QAction *action = menu->addAction(text);
    QObject::connect(action, &QAction::triggered, receiver, slot);
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_messageBar(new MessageBar(this))
    , m_groupWarnings(new GroupWarnings(m_messageBar, this))
    , m_receiverPane(new ReceiverPane(this))
    , m_senderPane(new SenderPane(this))
    , m_packetView(new PacketView(this))
    , m_summary(new StatusSummary(this))
    , m_streamsPane(new StreamsPane(this))
    , m_tabs(new QTabWidget(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_recording(new RecordingBar(this))
    , m_batches(new BatchQueue(this))
    , m_doctor(new DoctorDialog(this))
    , m_export(new TableExport(this))
    , m_exportAction(new QAction(tr("&Export Table\u2026"), this))
{
    keepFreedMemoryForReuse();
    setWindowTitle(tr("Multicast Tester"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mctester.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    m_sideSplitter->addWidget(framed(tr("Receive"), m_receiverPane, m_sideSplitter));
    m_sideSplitter->addWidget(framed(tr("Send"), m_senderPane, m_sideSplitter));
    m_sideSplitter->setChildrenCollapsible(false);
    m_sideSplitter->setStretchFactor(0, 2);
    m_sideSplitter->setStretchFactor(1, 3);
    // On a short screen the panes scroll instead of squeezing their fields on top of each other.
    auto *side = new QScrollArea(this);
    side->setWidget(m_sideSplitter);
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setMinimumWidth(m_sideSplitter->minimumSizeHint().width()
                          + side->verticalScrollBar()->sizeHint().width());
    m_mainSplitter->addWidget(side);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_packetView, tr("&Packets"));
    m_tabs->addTab(m_streamsPane, tr("Strea&ms"));
    m_tabs->setTabToolTip(1, tr("Loss, duplicates, reordering, jitter and latency per sender and group"));
    // The message and recording bars come and go: under the tabs they take their room from the
    // bottom of the table or chart, and no field, button or row above them moves under the pointer.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_messageBar);
    rightLayout->addWidget(m_recording);
    m_mainSplitter->addWidget(right);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_summary);
    statusBar()->setSizeGripEnabled(true);

    buildMenus();
    connectReceiver();
    connectSender();
    connectRecording();
    connect(m_packetView, &PacketView::countsChanged, this, &MainWindow::updateTableCounts);
    restoreSettings();
    configureReceiver();
    updateTableCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write the rows the table holds to a pcap, CSV or JSON Lines file"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        chooseRecordFile(
                this, tr("Export Packet Table"),
                [this](const QString &path, core::RecordFormat format) { exportTable(path, format); });
    });
    file->addAction(m_exportAction);
    file->addSeparator();
    QAction *quit = addMenuAction(file, tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *capture = menuBar()->addMenu(tr("&Receive"));
    capture->addAction(m_receiverPane->joinAction());
    capture->addAction(m_receiverPane->doctorAction());
    capture->addSeparator();
    capture->addAction(m_recording->recordAction());
    capture->addAction(m_recording->stopAction());
    capture->addSeparator();
    capture->addAction(m_packetView->pauseAction());
    capture->addAction(m_packetView->clearAction());
    capture->addAction(m_packetView->filterAction());
    capture->addAction(m_streamsPane->resetAction());

    QMenu *send = menuBar()->addMenu(tr("&Send"));
    send->addAction(m_senderPane->sendOnceAction());
    send->addAction(m_senderPane->startAction());
    send->addAction(m_senderPane->stopAction());

    QMenu *settings = menuBar()->addMenu(tr("Se&ttings"));
    QAction *preferences =
            addMenuAction(settings, tr("&Preferences\u2026"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = savedLanguage();
    const auto addLanguage = [&](const QString &label, const QString &code) {
        QAction *action = addMenuAction(language, label, this, [this, code] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(current == code);
        languages->addAction(action);
    };
    addLanguage(tr("System Language"), QString());
    language->addSeparator();
    // Each language in its own words: whoever cannot read the current one still finds theirs.
    addLanguage(QStringLiteral("English"), QStringLiteral("en"));
    addLanguage(QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("zh_CN"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = addMenuAction(help, tr("&About Multicast Tester"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = addMenuAction(help, tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::connectReceiver()
{
    using core::JoinRequest;
    core::Receiver *receiver = m_receiver.worker();
    connect(receiver, &core::Receiver::joined, this,
            [this](const JoinRequest &request, const QStringList &interfaces) {
                m_receiverPane->onJoined(request, interfaces);
                const QString where =
                        request.interfaceName.isEmpty()
                                ? tr("Joined %1 on %2")
                                          .arg(request.toString(), interfaces.join(QStringLiteral(", ")))
                                : tr("Joined %1").arg(request.toString());
                statusBar()->showMessage(where, 5000);
            });
    connect(receiver, &core::Receiver::joinFailed, this,
            [this](const JoinRequest &request, const QString &error) {
                m_messageBar->showMessage(MessageBar::Kind::Error,
                                          tr("Cannot join %1: %2").arg(request.toString(), error));
            });
    connect(receiver, &core::Receiver::left, this, [this](const JoinRequest &request) {
        m_receiverPane->onLeft(request);
        m_groupWarnings->onLeft(request);
        statusBar()->showMessage(tr("Left %1").arg(request.toString()), 5000);
    });
    // Batches wait in the queue for the next flush (at most 20 a second); each is acknowledged once
    // applied, so the receiver never has more than kMaxBatchesInFlight on their way (see configureReceiver).
    connect(receiver, &core::Receiver::packetsReceived, this, [this](const core::PacketBatch &batch) {
        m_recording->countPackets(quint64(batch.records.size()));
        // A copy of our own, so the receiver has its batch back at once and reuses that memory
        // while it is still in the CPU's caches, instead of cycling through every batch the queue
        // holds until the next flush (tests/bench: a quarter of the receiving thread's time).
        core::PacketBatch own;
        own.records = QList<core::PacketRecord>(batch.records.cbegin(), batch.records.cend());
        own.arena = QByteArray(batch.arena.constData(), batch.arena.size());
        m_batches->push(own);
    });
    connect(m_batches, &BatchQueue::ready, m_packetView, &PacketView::appendBatches);
    connect(m_batches, &BatchQueue::consumed, this, [receiver](int count) {
        for (int i = 0; i < count; ++i) {
            receiver->batchConsumed(); // thread-safe by design
        }
    });
    connect(receiver, &core::Receiver::statusUpdated, this, &MainWindow::onReceiverStatus);
    connect(receiver, &core::Receiver::groupStateChanged, this,
            [this](const JoinRequest &request, bool healthy, const QString &message) {
                m_receiverPane->onGroupStateChanged(request, healthy, message);
                m_groupWarnings->onGroupStateChanged(request, healthy, message);
                if (healthy) {
                    statusBar()->showMessage(message, 5000);
                }
            });
    connect(receiver, &core::Receiver::querierUnavailable, m_receiverPane->joinedModel(),
            &JoinedGroupsModel::setQuerierUnavailable);
    connect(receiver, &core::Receiver::streamEvent, this, &MainWindow::onStreamEvent);
    connect(receiver, &core::Receiver::warning, this, [this](const QString &message) {
        // Some warnings repeat on every join (a small receive buffer): once per session is enough.
        if (!m_warningsShown.contains(message)) {
            m_warningsShown.insert(message);
            m_messageBar->showMessage(MessageBar::Kind::Warning, message);
        }
    });

    connect(m_receiverPane, &ReceiverPane::joinRequested, this, &MainWindow::join);
    connect(m_receiverPane, &ReceiverPane::leaveRequested, this, [this](const JoinRequest &request) {
        m_receiver.post([request](core::Receiver &r) { r.leave(request); });
    });
    connect(m_receiverPane, &ReceiverPane::replyModeChanged, this, &MainWindow::configureReceiver);
    connect(m_receiverPane, &ReceiverPane::doctorRequested, this, &MainWindow::showDoctor);
    connect(m_streamsPane, &StreamsPane::resetRequested, this, [this] {
        updateStreamsTab();
        m_receiver.post([](core::Receiver &r) { r.resetStreams(); });
    });
}

void MainWindow::onReceiverStatus(const core::ReceiverStatus &status)
{
    if (status.notShown > m_status.notShown) {
        // Held back by the receiver under load: recorded, and their numbers skipped in the table.
        const quint64 added = status.notShown - m_status.notShown;
        m_batches->skip(added);
        m_recording->countPackets(added);
    }
    m_status = status;
    m_summary->setReceiverStatus(status);
    m_receiverPane->setPacketCounts(status.groups);
    m_receiverPane->joinedModel()->setQueriers(status.queriers, core::wallClockNs());
    m_streamsPane->setStreams(QDateTime::currentMSecsSinceEpoch(), status.streams, status.streamResets);
    updateStreamsTab();
}

void MainWindow::updateStreamsTab()
{
    m_tabs->setTabText(1, tr("Strea&ms (%1)").arg(m_streamsPane->model()->rowCount()));
}

void MainWindow::onStreamEvent(const core::StreamEvent &event)
{
    const QString stream = core::streamRoute(event.key, u" \u2192 ");
    if (event.kind == core::StreamEvent::Kind::Outage) {
        m_streamsPane->addOutage(event);
        // The warning that it stopped is no longer true: say it is back instead of leaving it up.
        const QString stopped = m_stopMessages.take(event.key);
        if (!stopped.isEmpty() && !m_messageBar->isHidden() && m_messageBar->text() == stopped) {
            m_messageBar->showMessage(MessageBar::Kind::Information,
                                      tr("The stream %1 is back after %2 s of silence")
                                              .arg(stream)
                                              .arg(double(event.outage.durationNs()) / 1e9, 0, 'f', 1));
        }
        return;
    }
    const QString message = tr("The stream %1 stopped: %2").arg(stream, event.cause);
    if (event.plannedDone) {
        statusBar()->showMessage(message, 10'000); // done as planned: news, not a problem
        return;
    }
    m_stopMessages.insert(event.key, message);
    m_messageBar->showMessage(MessageBar::Kind::Warning, message);
}

void MainWindow::connectRecording()
{
    core::Receiver *receiver = m_receiver.worker();
    m_packetView->addBarAction(m_recording->recordAction());
    m_recording->recordAction()->setIconText(tr("Record\u2026"));
    connect(m_recording, &RecordingBar::startRequested, this,
            [this](core::RecordFormat format, const QString &path) {
                m_receiver.post([format, path](core::Receiver &r) { r.startRecording(format, path); });
            });
    connect(m_recording, &RecordingBar::stopRequested, this, [this](const QString &path) {
        m_receiver.post([path](core::Receiver &r) { r.stopRecording(path); });
    });
    connect(receiver, &core::Receiver::recordingStarted, m_recording, &RecordingBar::onStarted);
    connect(receiver, &core::Receiver::recordingFailed, m_recording, &RecordingBar::onFailed);
    connect(receiver, &core::Receiver::recordingStopped, m_recording, &RecordingBar::onStopped);
    connect(m_recording, &RecordingBar::message, m_messageBar, &MessageBar::showMessage);
    connect(m_export, &TableExport::message, m_messageBar, &MessageBar::showMessage);
    connect(m_export, &TableExport::finished, m_exportAction, [this] { m_exportAction->setEnabled(true); });
}

void MainWindow::exportTable(const QString &path, core::RecordFormat format)
{
    if (m_export->start(m_packetView->model()->rowsAsBatches(), format, path)) {
        m_exportAction->setEnabled(false);
        statusBar()->showMessage(tr("Exporting the table to %1\u2026").arg(QDir::toNativeSeparators(path)));
    }
}

void MainWindow::showDoctor(const core::JoinRequest &request)
{
    core::DoctorOptions options;
    options.endpoint = request.endpoint;
    options.interfaceName = request.interfaceName;
    options.sources = request.includeSources;
    options.audience = core::Audience::Window;
    // The window's receiver has one socket per address family and port: not someone else's.
    const auto joined = m_receiverPane->joinedModel()->requests();
    for (const bool ipv6 : {false, true}) {
        options.ownSocketsOnPort += std::any_of(joined.cbegin(), joined.cend(),
                                                [&](const core::JoinRequest &r) {
                                                    return r.endpoint.port == request.endpoint.port
                                                           && r.endpoint.isIPv6() == ipv6;
                                                })
                                            ? 1
                                            : 0;
    }
    // The sender's TTL matters when this window also sends to the group.
    const auto sending = m_senderPane->settings();
    if (sending && sending.value().destination == request.endpoint) {
        options.senderTtl = sending.value().ttl;
    }
    m_doctor->show();
    m_doctor->raise();
    m_doctor->activateWindow();
    m_doctor->run(options);
}

void MainWindow::connectSender()
{
    using core::SenderSettings;
    core::Sender *sender = m_sender.worker();
    connect(sender, &core::Sender::started, this, [this] { m_senderPane->setRunning(true); });
    connect(sender, &core::Sender::finished, this, [this](const core::SenderStatus &status) {
        m_senderPane->setRunning(false);
        m_senderPane->setStatus(status);
    });
    connect(sender, &core::Sender::statusUpdated, this,
            [this](const core::SenderStatus &status) { m_senderPane->setStatus(status); });
    connect(sender, &core::Sender::failed, this, [this](const QString &error) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("Sending failed: %1").arg(error));
    });
    connect(sender, &core::Sender::repliesReceived, this,
            [this](const QList<core::ReplyRecord> &replies) { m_senderPane->addReplies(replies); });

    // The engine's hints then name the window's fields, not the command line's flags.
    const auto forWindow = [](SenderSettings settings) {
        settings.audience = core::Audience::Window;
        return settings;
    };
    connect(m_senderPane, &SenderPane::sendOnceRequested, this,
            [this, forWindow](const SenderSettings &settings) {
                m_sender.post([settings = forWindow(settings)](core::Sender &s) { s.sendOnce(settings); });
            });
    connect(m_senderPane, &SenderPane::startRequested, this,
            [this, forWindow](const SenderSettings &settings) {
                m_sender.post([settings = forWindow(settings)](core::Sender &s) { s.start(settings); });
            });
    // A packet from the table, to send again: into the sender's fields, for the user to send.
    connect(m_packetView, &PacketView::resendRequested, this,
            [this](const core::Endpoint &destination, const QByteArray &payload) {
                m_senderPane->setGroup(destination.toString());
                m_senderPane->payloadEditor()->setPayload(payload);
                m_senderPane->sendOnceButton()->setFocus(Qt::OtherFocusReason);
                statusBar()->showMessage(tr("The packet is in the sender: press Send Once to send it again"),
                                         10'000);
            });
    connect(m_senderPane, &SenderPane::stopRequested, this,
            [this] { m_sender.post([](core::Sender &s) { s.stop(); }); });
}

void MainWindow::join(const core::JoinRequest &request)
{
    m_receiver.post([request](core::Receiver &r) { r.join(request); });
}

void MainWindow::joinAtStart(const QList<core::JoinRequest> &requests)
{
    QList<core::JoinRequest> joins = requests;
    if (joins.isEmpty() && m_rejoinAtStart) {
        QSettings settings;
        settings.beginGroup(QStringLiteral("receiver"));
        joins = ReceiverPane::savedJoins(settings);
    }
    for (const core::JoinRequest &request : std::as_const(joins)) {
        join(request);
    }
}

void MainWindow::setInterface(const QString &name)
{
    m_receiverPane->setInterface(name);
    m_senderPane->setInterface(name);
}

void MainWindow::configureReceiver()
{
    core::ReceiverSettings settings;
    settings.replyEnabled = m_receiverPane->replyEnabled();
    settings.replyText = m_receiverPane->replyText();
    settings.receiveBufferBytes = m_receiveBufferBytes;
    settings.audience = core::Audience::Window;
    // A view wants every batch it can show, but never a backlog: with kMaxBatchesInFlight
    // unacknowledged, the receiver keeps receiving, recording and counting and hands over again
    // once the table caught up. Small batches (as on the command line) that the table copies from:
    // the receiver gets them back after the next flush and reuses their memory while it is still
    // in the CPU's caches (tests/bench).
    settings.maxBatchesInFlight = kMaxBatchesInFlight;
    settings.maxBatchRecords = 4096;
    settings.maxBatchBytes = 1024 * 1024;
    settings.backpressure = core::ReceiverSettings::Backpressure::DropView;
    m_receiver.post([settings](core::Receiver &r) { r.configure(settings); });
}

void MainWindow::setReceiveBufferBytes(int bytes)
{
    m_receiveBufferBytes = bytes;
    configureReceiver();
}

void MainWindow::updateTableCounts()
{
    m_batches->setLimits(m_packetView->capacity(), m_packetView->payloadBudget());
    const PacketFilterProxy *proxy = m_packetView->proxy();
    m_summary->setTableCounts(proxy->rowCount(), m_packetView->model()->rowCount(), m_packetView->capacity(),
                              !proxy->filterText().isEmpty());
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCapacity(m_packetView->capacity());
    dialog->setPayloadBudget(m_packetView->payloadBudget());
    dialog->setReceiveBufferBytes(m_receiveBufferBytes);
    dialog->setRejoinAtStart(m_rejoinAtStart);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_packetView->setCapacity(dialog->capacity());
        m_packetView->setPayloadBudget(dialog->payloadBudget());
        setReceiveBufferBytes(dialog->receiveBufferBytes());
        m_rejoinAtStart = dialog->rejoinAtStart();
        saveSettings();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString text =
            tr("<h3>Multicast Tester %1</h3>"
               "<p>Send, receive and measure IP multicast: who hears whom, with loss, latency and jitter. "
               "The same engine runs headless as <tt>mctester send</tt> and <tt>mctester recv</tt>.</p>"
               "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
               "This program comes with ABSOLUTELY NO WARRANTY.</p>"
               "<p>Built with Qt %2, running on Qt %3.</p>")
                    .arg(QStringLiteral(MCT_VERSION), QStringLiteral(QT_VERSION_STR),
                         QString::fromLatin1(qVersion()));
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Multicast Tester"), text, QMessageBox::Close,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->open();
}

void MainWindow::chooseLanguage(const QString &code)
{
    saveLanguage(code);
    // At once: every widget hears of it (changeEvent), no restart.
    installTranslators(*QCoreApplication::instance(), code);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) {
        return;
    }
    retranslateWidgets(this);
    QGuiApplication::setApplicationDisplayName(tr("Multicast Tester"));
    updateStreamsTab();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("rejoinAtStart"), m_rejoinAtStart);
    settings.setValue(QStringLiteral("receiveBufferBytes"), m_receiveBufferBytes);
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    m_streamsPane->saveSettings(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("receiver"));
    m_receiverPane->saveSettings(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("sender"));
    m_senderPane->saveSettings(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("packets"));
    m_packetView->saveSettings(settings);
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray())) {
        m_mainSplitter->setSizes({430, 850});
    }
    m_sideSplitter->restoreState(settings.value(QStringLiteral("sideSplitter")).toByteArray());
    m_rejoinAtStart = settings.value(QStringLiteral("rejoinAtStart"), false).toBool();
    m_receiveBufferBytes =
            std::clamp(settings.value(QStringLiteral("receiveBufferBytes"), m_receiveBufferBytes).toInt(),
                       64 * 1024, 1024 * 1024 * 1024);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
    m_streamsPane->restoreSettings(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("receiver"));
    m_receiverPane->restoreSettings(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("sender"));
    m_senderPane->restoreSettings(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("packets"));
    m_packetView->restoreSettings(settings);
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace mct::ui
