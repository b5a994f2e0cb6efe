// The "Send" pane: where to send, what and how often; the send buttons; who answered.
#pragma once

#include "result.h"
#include "sender.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;
class QToolButton;
class QTreeView;

namespace mct::ui {

class EndpointCombo;
class FieldHint;
class InterfaceCombo;
class PayloadEditor;
class ReplyModel;

class SenderPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SenderPane)

public:
    explicit SenderPane(QWidget *parent = nullptr);

    // The settings as the fields say, or the first field's problem.
    [[nodiscard]] core::Result<core::SenderSettings> settings() const;

    [[nodiscard]] QAction *sendOnceAction() const { return m_sendOnce; }
    [[nodiscard]] QAction *startAction() const { return m_start; }
    [[nodiscard]] QAction *stopAction() const { return m_stop; }
    [[nodiscard]] QToolButton *sendOnceButton() const { return m_sendOnceButton; }
    [[nodiscard]] ReplyModel *replyModel() const { return m_replies; }

    // For start-up options, tests and the window's settings.
    void setGroup(const QString &text);
    void setInterface(const QString &name);
    // Empty: any address of the outgoing interface.
    void setSourceAddress(const QString &text);
    // 0 to 63, or -1 for the system's default.
    void setDscp(int dscp);
    [[nodiscard]] EndpointCombo *groupField() const { return m_group; }
    [[nodiscard]] PayloadEditor *payloadEditor() const { return m_payload; }

    void setRunning(bool running);
    void setStatus(const core::SenderStatus &status);
    void addReply(const core::ReplyRecord &reply);
    void addReplies(const QList<core::ReplyRecord> &replies);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void sendOnceRequested(const mct::core::SenderSettings &settings);
    void startRequested(const mct::core::SenderSettings &settings);
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void describeFields(); // names, ranges, tool tips
    QWidget *buildForm();
    QWidget *buildReplies();
    void validate();
    void request(bool once);
    // The settings for Start, or for Send Once, which needs no interval or count.
    [[nodiscard]] core::Result<core::SenderSettings> settingsFor(bool once) const;
    // The fields' values; empty is the default (TTL 1, DSCP -1: the system's choice).
    [[nodiscard]] core::Result<int> ttlValue() const;
    [[nodiscard]] core::Result<int> dscpValue() const;

    InterfaceCombo *m_interface = nullptr;
    EndpointCombo *m_group = nullptr;
    FieldHint *m_groupHint = nullptr;
    QLineEdit *m_ttl = nullptr; // empty: 1 (text fields, so a typed 300 is refused, not cut to 30)
    QLineEdit *m_interval = nullptr;
    QLineEdit *m_count = nullptr;
    QLineEdit *m_sourcePort = nullptr;
    QLineEdit *m_dscp = nullptr; // empty: the system's default
    QLineEdit *m_sourceAddress = nullptr;
    QCheckBox *m_loopback = nullptr;
    QCheckBox *m_probe = nullptr;
    PayloadEditor *m_payload = nullptr;
    QAction *m_sendOnce = nullptr;
    QToolButton *m_sendOnceButton = nullptr;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    FieldHint *m_reason = nullptr;
    QLabel *m_counter = nullptr;
    ReplyModel *m_replies = nullptr;
    QTreeView *m_replyView = nullptr;
    bool m_running = false;
    core::SenderStatus m_status; // the last shown, to say it again in another language
    QString m_problem;
};

} // namespace mct::ui
