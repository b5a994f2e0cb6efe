// The "Receive" pane: join and leave groups, see what each joined group got, answer senders.
#pragma once

#include "receiver.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace mct::ui {

class EndpointCombo;
class FieldHint;
class InterfaceCombo;
class JoinedGroupsModel;

class ReceiverPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverPane)

public:
    explicit ReceiverPane(QWidget *parent = nullptr);

    [[nodiscard]] QAction *joinAction() const { return m_join; }
    [[nodiscard]] QToolButton *joinButton() const { return m_joinButton; }
    [[nodiscard]] QAction *leaveAction() const { return m_leave; }
    [[nodiscard]] QAction *doctorAction() const { return m_doctor; }
    [[nodiscard]] QTreeView *joinedView() const { return m_joinedView; }
    [[nodiscard]] JoinedGroupsModel *joinedModel() const { return m_joined; }
    [[nodiscard]] EndpointCombo *groupField() const { return m_group; }
    [[nodiscard]] QString joinProblem() const { return m_problem; }
    // Narrows the joined list to the groups whose text contains it ("239.8.1.", ":5001").
    [[nodiscard]] QLineEdit *joinedFilter() const { return m_filter; }
    // "Joined groups: 1,000", or "Joined groups: 12 of 1,000 shown" while filtered.
    [[nodiscard]] QLabel *joinedCount() const { return m_joinedCount; }

    void setGroup(const QString &text);
    void setInterface(const QString &name);
    // Comma-separated source addresses: only from these (include) or from all but these (exclude).
    void setSources(const QString &text, bool exclude = false);
    [[nodiscard]] QLineEdit *sourcesField() const { return m_sources; }
    [[nodiscard]] FieldHint *sourcesHint() const { return m_sourcesHint; }
    // What the fields would join (a range or list: many), or the first field's problem.
    [[nodiscard]] core::Result<QList<core::JoinRequest>> requests() const;
    // The one group the fields name, or why not (also when they name many).
    [[nodiscard]] core::Result<core::JoinRequest> request() const;
    // What "Why no packets?" looks at: the selected joined group, else the fields.
    [[nodiscard]] core::Result<core::JoinRequest> doctorRequest() const;
    [[nodiscard]] bool replyEnabled() const;
    [[nodiscard]] QString replyText() const;

    // Results from the receiver.
    void onJoined(const core::JoinRequest &request, const QStringList &interfaces);
    void onLeft(const core::JoinRequest &request);
    void onGroupStateChanged(const core::JoinRequest &request, bool healthy, const QString &message);
    void setPacketCounts(const QList<core::GroupCount> &counts);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);
    // What was joined when the settings were saved.
    [[nodiscard]] static QList<core::JoinRequest> savedJoins(const QSettings &settings);

Q_SIGNALS:
    void joinRequested(const mct::core::JoinRequest &request);
    void leaveRequested(const mct::core::JoinRequest &request);
    void replyModeChanged(bool enabled, const QString &text);
    void doctorRequested(const mct::core::JoinRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void setUpSourcesAndReply();
    void setUpJoinedList();
    void updateJoinedCount();
    [[nodiscard]] QList<core::JoinRequest> selectedJoins() const;
    void validate();
    [[nodiscard]] core::Result<QList<QHostAddress>> parsedSources() const;
    void join();
    void leaveSelected();
    void showContextMenu(const QPoint &position);

    InterfaceCombo *m_interface = nullptr;
    EndpointCombo *m_group = nullptr;
    FieldHint *m_hint = nullptr;
    QComboBox *m_sourceMode = nullptr;
    QLineEdit *m_sources = nullptr;
    FieldHint *m_sourcesHint = nullptr;
    QAction *m_join = nullptr;
    QToolButton *m_joinButton = nullptr;
    QAction *m_leave = nullptr;
    QAction *m_doctor = nullptr;
    JoinedGroupsModel *m_joined = nullptr;
    QSortFilterProxyModel *m_joinedShown = nullptr;
    QTreeView *m_joinedView = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_joinedCount = nullptr;
    QCheckBox *m_reply = nullptr;
    QLineEdit *m_replyText = nullptr;
    QString m_problem;
};

} // namespace mct::ui
